import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import type { ListParams } from '../../../db/paginate.ts';
import * as catalog from '../../../modules/catalog/index.ts';
import { getCustomer } from '../../../modules/customers/index.ts';
import { refreshProductCustomers } from '../../../modules/entitlements/index.ts';
import { timeFor } from '../../../modules/test-clocks/index.ts';
import { type Expanders, expandObject } from '../../expand.ts';
import * as s from '../../schemas/catalog.ts';
import {
  deleted,
  EXPANDABLE,
  expandQuery,
  idParams,
  listOf,
  listQuery,
  ref,
  strictObject,
} from '../../schemas/common.ts';
import { type ExpandQuery, type IdParams, mutation, spec } from './route-kit.ts';

type Body<T> = { body: unknown } & T;
const idOf = (req: { params: unknown }) => (req.params as IdParams).id;
/**
 * A resource's expansion and its `expand[]` query schema, from one declaration. Expansion reads through the caller's
 * context: inside a mutation that is its transaction (PGlite has one connection).
 */
function withExpand<R extends keyof typeof EXPANDABLE>(resource: R, expanders: Expanders<R>) {
  const run = <T>(ctx: AppContext, req: { account: { accountId: string }; query: unknown }, value: T) =>
    expandObject(ctx, req.account.accountId, value, (req.query as ExpandQuery).expand, expanders);
  return Object.assign(run, { query: strictObject(expandQuery(EXPANDABLE[resource])) });
}

function productRoutes(app: FastifyInstance, ctx: AppContext) {
  const tag = 'Products';
  const base = '/v1/products';
  app.post(
    base,
    spec({
      tag,
      summary: 'Create a product',
      operationId: 'createProduct',
      body: s.createProductBody,
      response: ref('Product'),
    }),
    mutation(ctx, (tx, actor, req: Body<object>) =>
      catalog.createProduct(tx, actor, req.body as catalog.ProductFields & { name: string }),
    ),
  );
  app.get(
    `${base}/:id`,
    spec({ tag, summary: 'Retrieve a product', operationId: 'getProduct', params: idParams, response: ref('Product') }),
    (req) => catalog.getProduct(ctx, req.account.accountId, idOf(req)),
  );
  app.post(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Update or archive a product',
      operationId: 'updateProduct',
      params: idParams,
      body: s.updateProductBody,
      response: ref('Product'),
    }),
    mutation(ctx, async (tx, actor, req) => {
      const body = req.body as catalog.ProductFields;
      const product = await catalog.updateProduct(tx, actor, idOf(req), body);
      // Access follows the catalogue too: subscribers of a product whose entitlements changed are told at once.
      if (body.entitlements !== undefined)
        await refreshProductCustomers(tx.db, actor, product.id, (clock) => timeFor(tx, actor.accountId, clock));
      return product;
    }),
  );
  app.delete(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Delete a product that has no prices',
      operationId: 'deleteProduct',
      params: idParams,
      response: deleted('product'),
    }),
    (req, reply) => mutation(ctx, (tx, actor) => catalog.deleteProduct(tx, actor, idOf(req)))(req, reply),
  );
  app.get(
    base,
    spec({
      tag,
      summary: 'List products',
      operationId: 'listProducts',
      querystring: s.listProductsQuery,
      response: listOf('Product'),
    }),
    (req) => catalog.listProducts(ctx, req.account.accountId, req.query as ListParams & { active?: boolean }),
  );
}

function priceRoutes(app: FastifyInstance, ctx: AppContext) {
  const tag = 'Prices';
  const base = '/v1/prices';
  const expand = withExpand('price', { product: catalog.getProduct });
  app.post(
    base,
    spec({
      tag,
      summary: 'Create a price',
      operationId: 'createPrice',
      querystring: expand.query,
      body: s.createPriceBody,
      response: ref('Price'),
    }),
    mutation(ctx, async (tx, actor, req) =>
      expand(tx, req, await catalog.createPrice(tx, actor, req.body as catalog.PriceInput)),
    ),
  );
  app.get(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Retrieve a price',
      operationId: 'getPrice',
      params: idParams,
      querystring: expand.query,
      response: ref('Price'),
    }),
    async (req) => expand(ctx, req, await catalog.getPrice(ctx, req.account.accountId, idOf(req))),
  );
  app.post(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Update a price (amounts only while never billed)',
      operationId: 'updatePrice',
      params: idParams,
      querystring: expand.query,
      body: s.updatePriceBody,
      response: ref('Price'),
    }),
    mutation(ctx, async (tx, actor, req) =>
      expand(tx, req, await catalog.updatePrice(tx, actor, idOf(req), req.body as catalog.PriceUpdate)),
    ),
  );
  app.get(
    base,
    spec({
      tag,
      summary: 'List prices',
      operationId: 'listPrices',
      querystring: s.listPricesQuery,
      response: listOf('Price'),
    }),
    async (req) =>
      expand(ctx, req, await catalog.listPrices(ctx, req.account.accountId, req.query as catalog.PriceSearch)),
  );
}

function couponRoutes(app: FastifyInstance, ctx: AppContext) {
  const tag = 'Coupons';
  const base = '/v1/coupons';
  app.post(
    base,
    spec({
      tag,
      summary: 'Create a coupon',
      operationId: 'createCoupon',
      body: s.createCouponBody,
      response: ref('Coupon'),
    }),
    mutation(ctx, (tx, actor, req) => catalog.createCoupon(tx, actor, req.body as catalog.CouponInput)),
  );
  app.get(
    `${base}/:id`,
    spec({ tag, summary: 'Retrieve a coupon', operationId: 'getCoupon', params: idParams, response: ref('Coupon') }),
    (req) => catalog.getCoupon(ctx, req.account.accountId, idOf(req)),
  );
  app.post(
    `${base}/:id`,
    spec({
      tag,
      summary: "Update a coupon's name or metadata",
      operationId: 'updateCoupon',
      params: idParams,
      body: s.updateCouponBody,
      response: ref('Coupon'),
    }),
    mutation(ctx, (tx, actor, req) => catalog.updateCoupon(tx, actor, idOf(req), req.body as { name?: string })),
  );
  app.delete(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Delete a coupon (granted discounts keep running)',
      operationId: 'deleteCoupon',
      params: idParams,
      response: deleted('coupon'),
    }),
    (req, reply) => mutation(ctx, (tx, actor) => catalog.deleteCoupon(tx, actor, idOf(req)))(req, reply),
  );
  app.get(
    base,
    spec({
      tag,
      summary: 'List coupons',
      operationId: 'listCoupons',
      querystring: strictObject(listQuery),
      response: listOf('Coupon'),
    }),
    (req) => catalog.listCoupons(ctx, req.account.accountId, req.query as ListParams),
  );
}

function promotionCodeRoutes(app: FastifyInstance, ctx: AppContext) {
  const tag = 'Promotion codes';
  const base = '/v1/promotion_codes';
  const expand = withExpand('promotionCode', { coupon: catalog.getCoupon, customer: getCustomer });
  app.post(
    base,
    spec({
      tag,
      summary: 'Create a promotion code',
      operationId: 'createPromotionCode',
      querystring: expand.query,
      body: s.createPromotionCodeBody,
      response: ref('PromotionCode'),
    }),
    mutation(ctx, async (tx, actor, req) =>
      expand(tx, req, await catalog.createPromotionCode(tx, actor, req.body as catalog.PromotionCodeInput)),
    ),
  );
  app.get(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Retrieve a promotion code',
      operationId: 'getPromotionCode',
      params: idParams,
      querystring: expand.query,
      response: ref('PromotionCode'),
    }),
    async (req) => expand(ctx, req, await catalog.getPromotionCode(ctx, req.account.accountId, idOf(req))),
  );
  app.post(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Activate, deactivate or annotate a promotion code',
      operationId: 'updatePromotionCode',
      params: idParams,
      querystring: expand.query,
      body: s.updatePromotionCodeBody,
      response: ref('PromotionCode'),
    }),
    mutation(ctx, async (tx, actor, req) =>
      expand(tx, req, await catalog.updatePromotionCode(tx, actor, idOf(req), req.body as { active?: boolean })),
    ),
  );
  app.get(
    base,
    spec({
      tag,
      summary: 'List promotion codes',
      operationId: 'listPromotionCodes',
      querystring: s.listPromotionCodesQuery,
      response: listOf('PromotionCode'),
    }),
    async (req) =>
      expand(ctx, req, await catalog.listPromotionCodes(ctx, req.account.accountId, req.query as ListParams)),
  );
}

function taxRateRoutes(app: FastifyInstance, ctx: AppContext) {
  const tag = 'Tax rates';
  const base = '/v1/tax_rates';
  app.post(
    base,
    spec({
      tag,
      summary: 'Create a tax rate',
      operationId: 'createTaxRate',
      body: s.createTaxRateBody,
      response: ref('TaxRate'),
    }),
    mutation(ctx, (tx, actor, req) => catalog.createTaxRate(tx, actor, req.body as catalog.TaxRateInput)),
  );
  app.get(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Retrieve a tax rate',
      operationId: 'getTaxRate',
      params: idParams,
      response: ref('TaxRate'),
    }),
    (req) => catalog.getTaxRate(ctx, req.account.accountId, idOf(req)),
  );
  app.post(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Update a tax rate (not its percentage)',
      operationId: 'updateTaxRate',
      params: idParams,
      body: s.updateTaxRateBody,
      response: ref('TaxRate'),
    }),
    mutation(ctx, (tx, actor, req) => catalog.updateTaxRate(tx, actor, idOf(req), req.body as object)),
  );
  app.get(
    base,
    spec({
      tag,
      summary: 'List tax rates',
      operationId: 'listTaxRates',
      querystring: s.listTaxRatesQuery,
      response: listOf('TaxRate'),
    }),
    (req) => catalog.listTaxRates(ctx, req.account.accountId, req.query as ListParams),
  );
}

export function catalogRoutes(app: FastifyInstance, ctx: AppContext): void {
  productRoutes(app, ctx);
  priceRoutes(app, ctx);
  couponRoutes(app, ctx);
  promotionCodeRoutes(app, ctx);
  taxRateRoutes(app, ctx);
}
