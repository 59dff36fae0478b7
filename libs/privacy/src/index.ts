// Per-client crypto-shredding of personal fields inside events (docs/domain.md#personal-data).
export * from './privacy.errors';
export type { Environment, SecretLoadOptions, WarningSink } from './env-secret';
export type { MasterKey } from './master-key';
export { loadMasterKey, MASTER_KEY_BYTES } from './master-key';
export { keyedHash, loadIdentityHashSecret, IDENTITY_HASH_SECRET_MIN_BYTES } from './identity-hash';
export type { DataKeyStore } from './data-key-store.port';
export type { MongoDataKeyStoreOptions } from './mongo-data-key-store';
export { MongoDataKeyStore } from './mongo-data-key-store';
export { InMemoryDataKeyStore } from './in-memory-data-key-store';
export type { EncryptedValue, Erased } from './encrypted-value';
export { ENCRYPTION_SCHEME, ERASED, isEncryptedValue, isErased } from './encrypted-value';
export { PersonalDataCipher } from './personal-data-cipher';
export { BYTES_ENCRYPTION_SCHEME, isSealedBytes } from './byte-encryption';
export { personalDataCodec, decodePersonalData } from './personal-data-codec';
export { PrivacyModule, DATA_KEY_STORE } from './nest/privacy.module';
