/** 0002: payments.external_id, the settlement system's payment id, so a monthly import can be re-run without duplicating payments. */
export default String.raw`
ALTER TABLE payments ADD COLUMN external_id text;
ALTER TABLE payments ADD CONSTRAINT payments_external_id_key UNIQUE (external_id);
`;
