export { MidonetClient } from './client';
export type { MidonetSettings, MidonetClientOptions } from './client';
export { parseHostIdProperties } from './host-id';
export { MEDIA_TYPES, ERROR_MEDIA_TYPE, TOKEN_MEDIA_TYPE } from './media-types';
export type { MidonetApiVersion, MediaTypeSet } from './media-types';
export type { MidonetApplication, MidonetBridge, MidonetPort, MidonetHost, MidonetHostInterfacePort } from './types';
