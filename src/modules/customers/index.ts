export {
  type AttributeType,
  attributeTypes,
  createAttributeDefinition,
  listAttributeDefinitions,
  presentAttributeDefinition,
} from './attributes.ts';
export {
  type CustomerFields,
  type CustomerSearch,
  createCustomer,
  deleteCustomer,
  findCustomer,
  getCustomer,
  keptCustomer,
  listCustomers,
  updateCustomer,
} from './customers.ts';
export { type Customer, type CustomerRow, presentCustomer } from './present.ts';
export { searchCustomers } from './search-customers.ts';
