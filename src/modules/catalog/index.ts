export * as pricing from './core/pricing/index.ts';
export { type PricingInput, priceQuantity } from './core/pricing/index.ts';
export {
  type CouponInput,
  createCoupon,
  deleteCoupon,
  findCoupon,
  getCoupon,
  listCoupons,
  updateCoupon,
} from './coupons.ts';
export type { CouponRow, PriceRow, ProductRow, PromotionCodeRow, TaxRateRow } from './present.ts';
export { presentCoupon, presentPrice, presentProduct, presentPromotionCode, presentTaxRate } from './present.ts';
export type { PriceInput } from './price-input.ts';
export {
  createPrice,
  findPrice,
  getPrice,
  listPrices,
  markPriceUsed,
  type PriceSearch,
  type PriceUpdate,
  updatePrice,
} from './prices.ts';
export { licensedAmount, pricingOf } from './pricing-of.ts';
export {
  createProduct,
  deleteProduct,
  findProduct,
  getProduct,
  listProducts,
  type ProductFields,
  updateProduct,
} from './products.ts';
export {
  createPromotionCode,
  findPromotionCode,
  getPromotionCode,
  listPromotionCodes,
  type PromotionCodeInput,
  updatePromotionCode,
} from './promotion-codes.ts';
export { createTaxRate, findTaxRate, getTaxRate, listTaxRates, type TaxRateInput, updateTaxRate } from './tax-rates.ts';
