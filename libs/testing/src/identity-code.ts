/**
 * A valid (synthetic) Finnish personal identity code: DDMMYY + century sign + individual number
 * (002-899; 900-999 temporary) + check character. Tests compute them so each can use its own.
 */
export function identityCode(individualNumber: number, ddmmyy = '150385', sign = '-'): string {
  const checkChars = '0123456789ABCDEFHJKLMNPRSTUVWXY';
  const nnn = String(individualNumber).padStart(3, '0');
  return `${ddmmyy}${sign}${nnn}${checkChars[Number(`${ddmmyy}${nnn}`) % 31]}`;
}
