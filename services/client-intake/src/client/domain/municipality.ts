import { resolveMunicipality } from '@career/municipalities';
import { refuse } from '../../client-intake.errors';

/**
 * The municipality a client lives in, as stored: the three-digit code of Statistics Finland's
 * classification in force (libs/municipalities). Registration and a change of contact details
 * take a code, the code of a municipality merged since 2009 (stored as the municipality it is
 * part of now) or a Finnish or Swedish name; anything else is refused, naming the field.
 */
export function municipalityCodeOf(given: string): string {
  const municipality = resolveMunicipality(given);
  if (!municipality) throw refuse('CLIENT.UNKNOWN_MUNICIPALITY', { field: 'municipality' });
  return municipality.code;
}

/**
 * What a stored `municipality` means when read: events appended before registration
 * validated it hold whatever was typed (a code or a name). The log is never rewritten, so
 * readers resolve it: a name or a former code the classification knows reads as today's code;
 * anything else reads exactly as it was stored (shown, never guessed at, never reported by
 * region).
 */
export function storedMunicipality(stored: string): string {
  return resolveMunicipality(stored)?.code ?? stored;
}
