/**
 * A UUID as MidoNet writes its ids (8-4-4-4-12 hex digits, either case): the
 * one pattern for every id we check (`[midonet] host_id` here, bridge, port
 * and host ids in @deimos/midonet). No `g` flag, so `test` keeps no state.
 */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
