/** The kebab-case name of the running service (`client-intake`), injectable as a string. */
export const SERVICE_NAME = Symbol('SERVICE_NAME');
/** The process's root pino logger (already redacting personal data). */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');
/** Whether SIGTERM/SIGINT are handled by this application (off in in-process tests). */
export const HANDLE_SIGNALS = Symbol('HANDLE_SIGNALS');
