import { arrayOf, bool, int, nullable, resource, type Schema, str, strictObject } from './common.ts';

const names = arrayOf(str({ minLength: 1, maxLength: 64 }), { maxItems: 100 });

/** What a product grants (all optional); add-ons usually set `extra_connections` or one bouquet. */
export const productEntitlementsIn: Schema = nullable(
  strictObject({
    bouquets: arrayOf(str({ pattern: '^bq_' }), { maxItems: 100, description: 'Bouquet ids (bq_…)' }),
    max_connections: int({ minimum: 0, maximum: 1000, description: 'Simultaneous streams; 0 = unlimited' }),
    extra_connections: int({ minimum: 0, maximum: 100, description: 'Added per unit of quantity (add-on)' }),
    max_devices: int({ minimum: 0, maximum: 1000, description: 'Devices; 0 = unlimited' }),
    extra_devices: int({ minimum: 0, maximum: 100 }),
    output_formats: arrayOf(str({ enum: ['m3u8', 'ts', 'rtmp'] }), { maxItems: 3 }),
    catchup: bool(),
    quality: str({ enum: ['sd', 'hd', 'fhd', 'uhd'] }),
    priority_support: bool(),
  }),
);

export const productEntitlementsOut: Schema = {
  type: ['object', 'null'],
  additionalProperties: true,
};

export const entitlementsSchema = resource(
  'Entitlements',
  'entitlements',
  {
    customer: str(),
    as_of: int({ description: 'Unix seconds the entitlements were computed for' }),
    access: bool({ description: 'Whether any subscription grants access now' }),
    trial: bool({ description: 'Every granting subscription is trialing' }),
    access_until: nullable(int({ description: 'End of the paid (or trial) access' })),
    subscriptions: arrayOf(str()),
    bouquets: names,
    max_connections: int({ description: '0 = unlimited (when access is true)' }),
    max_devices: int(),
    output_formats: arrayOf(str()),
    catchup: bool(),
    quality: nullable(str()),
    priority_support: bool(),
  },
  'What a customer may use at an instant, combined from the products of the subscriptions that grant access.',
  { optional: ['created'] },
);
