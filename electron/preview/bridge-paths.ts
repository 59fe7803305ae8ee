/** The preview bridge's HTTP surface, shared by the server and the in-page client. */
export const BRIDGE_INVOKE_PATH = '/__bridge/invoke';
export const BRIDGE_EVENTS_PATH = '/__bridge/events';
export const BRIDGE_CLIENT_PATH = '/__bridge/client.js';
export const BRIDGE_TOKEN_HEADER = 'x-kabinet-token';
