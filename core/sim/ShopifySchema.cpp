#include "ShopifySchema.h"

#include "GraphQlParser.h"

namespace storelens::sim {

namespace {
// Generated from Shopify's 2026-04 introspection (shared reference), limited to
// what the simulator implements.
const char *const SchemaSdl = R"SDL(
type QueryRoot {
  shop: Shop!
  currentAppInstallation: AppInstallation!
  orders(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: OrderSortKeys = PROCESSED_AT, query: String, savedSearchId: ID): OrderConnection!
  order(id: ID!): Order
  ordersCount(query: String, savedSearchId: ID, limit: Int = 10000): Count
  customers(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: CustomerSortKeys = ID, query: String): CustomerConnection!
  customer(id: ID!): Customer
  products(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: ProductSortKeys = ID, query: String, savedSearchId: ID): ProductConnection!
  product(id: ID!): Product
  productVariants(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: ProductVariantSortKeys = ID, query: String, savedSearchId: ID): ProductVariantConnection!
  productVariant(id: ID!): ProductVariant
  inventoryItems(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, query: String): InventoryItemConnection!
  locations(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: LocationSortKeys = NAME, query: String, includeLegacy: Boolean = false, includeInactive: Boolean = false): LocationConnection!
  abandonedCheckouts(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: AbandonedCheckoutSortKeys = ID, query: String, savedSearchId: ID): AbandonedCheckoutConnection!
  bulkOperation(id: ID!): BulkOperation
  node(id: ID!): Node
  nodes(ids: [ID!]!): [Node]!
}
type Mutation {
  bulkOperationRunQuery(query: String!, groupObjects: Boolean! = false): BulkOperationRunQueryPayload
  bulkOperationCancel(id: ID!): BulkOperationCancelPayload
}
interface Node {
  id: ID!
}
type Shop implements Node {
  id: ID!
  name: String!
  myshopifyDomain: String!
  currencyCode: CurrencyCode!
  ianaTimezone: String!
  plan: ShopPlan!
  email: String!
}
type ShopPlan {
  publicDisplayName: String!
  shopifyPlus: Boolean!
  partnerDevelopment: Boolean!
}
type AppInstallation implements Node {
  id: ID!
  accessScopes: [AccessScope!]!
}
type AccessScope {
  handle: String!
  description: String!
}
type Order implements Node {
  id: ID!
  legacyResourceId: UnsignedInt64!
  name: String!
  createdAt: DateTime!
  processedAt: DateTime!
  updatedAt: DateTime!
  cancelledAt: DateTime
  closedAt: DateTime
  test: Boolean!
  email: String
  displayFinancialStatus: OrderDisplayFinancialStatus
  displayFulfillmentStatus: OrderDisplayFulfillmentStatus!
  sourceName: String
  currencyCode: CurrencyCode!
  presentmentCurrencyCode: CurrencyCode!
  customer: Customer
  subtotalPriceSet: MoneyBag
  totalDiscountsSet: MoneyBag
  currentTotalDiscountsSet: MoneyBag!
  cartDiscountAmountSet: MoneyBag
  discountCode: String
  discountCodes: [String!]!
  shippingLine: ShippingLine
  totalShippingPriceSet: MoneyBag!
  totalTaxSet: MoneyBag
  totalPriceSet: MoneyBag!
  totalRefundedSet: MoneyBag!
  lineItems(first: Int, after: String, last: Int, before: String, reverse: Boolean = false): LineItemConnection!
  agreements(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, query: String): SalesAgreementConnection!
  refunds(first: Int): [Refund!]!
}
type LineItem implements Node {
  id: ID!
  sku: String
  title: String!
  quantity: Int!
  product: Product
  variant: ProductVariant
  originalUnitPriceSet: MoneyBag!
  originalTotalSet: MoneyBag!
  totalDiscountSet: MoneyBag!
  discountedTotalSet: MoneyBag!
  discountedUnitPriceSet: MoneyBag!
  discountedUnitPriceAfterAllDiscountsSet: MoneyBag!
  discountAllocations: [DiscountAllocation!]!
  taxLines(first: Int): [TaxLine!]!
}
type DiscountAllocation {
  allocatedAmount: MoneyV2!
  allocatedAmountSet: MoneyBag!
}
type ShippingLine {
  title: String!
  originalPriceSet: MoneyBag!
  discountedPriceSet: MoneyBag!
  discountAllocations: [DiscountAllocation!]!
}
type TaxLine {
  priceSet: MoneyBag!
  rate: Float
  title: String!
}
type MoneyBag {
  shopMoney: MoneyV2!
  presentmentMoney: MoneyV2!
}
type MoneyV2 {
  amount: Decimal!
  currencyCode: CurrencyCode!
}
type Customer implements Node {
  id: ID!
  legacyResourceId: UnsignedInt64!
  firstName: String
  lastName: String
  displayName: String!
  createdAt: DateTime!
  updatedAt: DateTime!
  numberOfOrders: UnsignedInt64!
  amountSpent: MoneyV2!
  defaultEmailAddress: CustomerEmailAddress
  defaultPhoneNumber: CustomerPhoneNumber
  defaultAddress: MailingAddress
}
type CustomerEmailAddress {
  emailAddress: String!
}
type CustomerPhoneNumber {
  phoneNumber: String!
}
type MailingAddress implements Node {
  id: ID!
  countryCodeV2: CountryCode
  city: String
}
type Product implements Node {
  id: ID!
  legacyResourceId: UnsignedInt64!
  title: String!
  handle: String!
  vendor: String!
  productType: String!
  status: ProductStatus!
  createdAt: DateTime!
  updatedAt: DateTime!
  variants(first: Int, after: String, last: Int, before: String, reverse: Boolean = false, sortKey: ProductVariantSortKeys = POSITION): ProductVariantConnection!
}
type ProductVariant implements Node {
  id: ID!
  legacyResourceId: UnsignedInt64!
  sku: String
  title: String!
  price: Money!
  compareAtPrice: Money
  createdAt: DateTime!
  updatedAt: DateTime!
  product: Product!
  inventoryItem: InventoryItem!
}
type InventoryItem implements Node {
  id: ID!
  legacyResourceId: UnsignedInt64!
  sku: String
  tracked: Boolean!
  createdAt: DateTime!
  updatedAt: DateTime!
  unitCost: MoneyV2
  inventoryLevels(includeInactive: Boolean = false, first: Int, after: String, last: Int, before: String, reverse: Boolean = false, query: String): InventoryLevelConnection!
  variant: ProductVariant!
}
type InventoryLevel implements Node {
  id: ID!
  updatedAt: DateTime!
  location: Location!
  item: InventoryItem!
  quantities(names: [String!]!): [InventoryQuantity!]!
}
type InventoryQuantity implements Node {
  id: ID!
  name: String!
  quantity: Int!
  updatedAt: DateTime
}
type Location implements Node {
  id: ID!
  legacyResourceId: UnsignedInt64!
  name: String!
  isActive: Boolean!
  createdAt: DateTime!
  updatedAt: DateTime!
}
type AbandonedCheckout implements Node {
  id: ID!
  createdAt: DateTime!
  updatedAt: DateTime!
  completedAt: DateTime
  customer: Customer
  subtotalPriceSet: MoneyBag!
  totalPriceSet: MoneyBag!
  totalTaxSet: MoneyBag
}
type BulkOperation implements Node {
  id: ID!
  status: BulkOperationStatus!
  errorCode: BulkOperationErrorCode
  objectCount: UnsignedInt64!
  rootObjectCount: UnsignedInt64!
  fileSize: UnsignedInt64
  url: URL
  partialDataUrl: URL
  createdAt: DateTime!
  completedAt: DateTime
  query: String!
  type: BulkOperationType!
}
type Count {
  count: Int!
  precision: CountPrecision!
}
type PageInfo {
  hasNextPage: Boolean!
  hasPreviousPage: Boolean!
  startCursor: String
  endCursor: String
}
type Refund implements Node {
  id: ID!
  legacyResourceId: UnsignedInt64!
  createdAt: DateTime
  note: String
  totalRefundedSet: MoneyBag!
  refundLineItems(first: Int, after: String, last: Int, before: String, reverse: Boolean = false): RefundLineItemConnection!
}
interface SalesAgreement {
  id: ID!
  happenedAt: DateTime!
  sales(first: Int, after: String, last: Int, before: String, reverse: Boolean = false): SaleConnection!
}
type OrderAgreement implements SalesAgreement {
  id: ID!
  happenedAt: DateTime!
  sales(first: Int, after: String, last: Int, before: String, reverse: Boolean = false): SaleConnection!
  order: Order!
}
type RefundAgreement implements SalesAgreement {
  id: ID!
  happenedAt: DateTime!
  sales(first: Int, after: String, last: Int, before: String, reverse: Boolean = false): SaleConnection!
  refund: Refund!
}
interface Sale {
  id: ID!
  actionType: SaleActionType!
  lineType: SaleLineType!
  quantity: Int
  totalAmount: MoneyBag!
  totalTaxAmount: MoneyBag!
}
type ProductSale implements Sale {
  id: ID!
  actionType: SaleActionType!
  lineType: SaleLineType!
  quantity: Int
  totalAmount: MoneyBag!
  totalTaxAmount: MoneyBag!
  lineItem: LineItem!
}
type ShippingLineSale implements Sale {
  id: ID!
  actionType: SaleActionType!
  lineType: SaleLineType!
  quantity: Int
  totalAmount: MoneyBag!
  totalTaxAmount: MoneyBag!
}
type OrderConnection {
  edges: [OrderEdge!]!
  nodes: [Order!]!
  pageInfo: PageInfo!
}
type OrderEdge {
  cursor: String!
  node: Order!
}
type LineItemConnection {
  edges: [LineItemEdge!]!
  nodes: [LineItem!]!
  pageInfo: PageInfo!
}
type LineItemEdge {
  cursor: String!
  node: LineItem!
}
type SalesAgreementConnection {
  edges: [SalesAgreementEdge!]!
  nodes: [SalesAgreement!]!
  pageInfo: PageInfo!
}
type SalesAgreementEdge {
  cursor: String!
  node: SalesAgreement!
}
type SaleConnection {
  edges: [SaleEdge!]!
  nodes: [Sale!]!
  pageInfo: PageInfo!
}
type SaleEdge {
  cursor: String!
  node: Sale!
}
type CustomerConnection {
  edges: [CustomerEdge!]!
  nodes: [Customer!]!
  pageInfo: PageInfo!
}
type CustomerEdge {
  cursor: String!
  node: Customer!
}
type ProductConnection {
  edges: [ProductEdge!]!
  nodes: [Product!]!
  pageInfo: PageInfo!
}
type ProductEdge {
  cursor: String!
  node: Product!
}
type ProductVariantConnection {
  edges: [ProductVariantEdge!]!
  nodes: [ProductVariant!]!
  pageInfo: PageInfo!
}
type ProductVariantEdge {
  cursor: String!
  node: ProductVariant!
}
type InventoryItemConnection {
  edges: [InventoryItemEdge!]!
  nodes: [InventoryItem!]!
  pageInfo: PageInfo!
}
type InventoryItemEdge {
  cursor: String!
  node: InventoryItem!
}
type InventoryLevelConnection {
  edges: [InventoryLevelEdge!]!
  nodes: [InventoryLevel!]!
  pageInfo: PageInfo!
}
type InventoryLevelEdge {
  cursor: String!
  node: InventoryLevel!
}
type LocationConnection {
  edges: [LocationEdge!]!
  nodes: [Location!]!
  pageInfo: PageInfo!
}
type LocationEdge {
  cursor: String!
  node: Location!
}
type AbandonedCheckoutConnection {
  edges: [AbandonedCheckoutEdge!]!
  nodes: [AbandonedCheckout!]!
  pageInfo: PageInfo!
}
type AbandonedCheckoutEdge {
  cursor: String!
  node: AbandonedCheckout!
}
type BulkOperationRunQueryPayload {
  bulkOperation: BulkOperation
  userErrors: [BulkOperationUserError!]!
}
type BulkOperationCancelPayload {
  bulkOperation: BulkOperation
  userErrors: [UserError!]!
}
type BulkOperationUserError {
  field: [String!]
  message: String!
  code: BulkOperationUserErrorCode
}
type UserError {
  field: [String!]
  message: String!
}
scalar ID
scalar String
scalar Int
scalar Boolean
scalar Float
scalar DateTime
scalar Decimal
scalar Money
scalar URL
scalar UnsignedInt64
enum CurrencyCode { USD EUR GBP CAD AFN ALL DZD AOA ARS AMD AWG AUD BBD AZN BDT BSD BHD BIF BYN BZD BMD BTN BAM BRL BOB BWP BND BGN MMK KHR CVE KYD XAF CLP CNY COP KMF CDF CRC HRK CZK DKK DJF DOP XCD EGP ERN ETB FKP XPF FJD GIP GMD GHS GTQ GYD GEL GNF HTG HNL HKD HUF ISK INR IDR ILS IRR IQD JMD JPY JEP JOD KZT KES KID KWD KGS LAK LVL LBP LSL LRD LYD LTL MGA MKD MOP MWK MVR MRU MXN MYR MUR MDL MAD MNT MZN NAD NPR ANG NZD NIO NGN NOK OMR PAB PKR PGK PYG PEN PHP PLN QAR RON RUB RWF WST SHP SAR RSD SCR SLL SGD SDG SOS SYP ZAR KRW SSP SBD LKR SRD SZL SEK CHF TWD THB TJS TZS TOP TTD TND TRY TMT UGX UAH AED UYU UZS VUV VES VND XOF YER ZMW USDC BYR STD STN VED VEF XXX }
enum CountryCode { AF AX AL DZ AD AO AI AG AR AM AW AC AU AT AZ BS BH BD BB BY BE BZ BJ BM BT BO BA BW BV BR IO BN BG BF BI KH CA CV BQ KY CF TD CL CN CX CC CO KM CG CD CK CR HR CU CW CY CZ CI DK DJ DM DO EC EG SV GQ ER EE SZ ET FK FO FJ FI FR GF PF TF GA GM GE DE GH GI GR GL GD GP GT GG GN GW GY HT HM VA HN HK HU IS IN ID IR IQ IE IM IL IT JM JP JE JO KZ KE KI KP XK KW KG LA LV LB LS LR LY LI LT LU MO MG MW MY MV ML MT MQ MR MU YT MX MD MC MN ME MS MA MZ MM NA NR NP NL AN NC NZ NI NE NG NU NF MK NO OM PK PS PA PG PY PE PH PN PL PT QA CM RE RO RU RW BL SH KN LC MF PM WS SM ST SA SN RS SC SL SG SX SK SI SB SO ZA GS KR SS ES LK VC SD SR SJ SE CH SY TW TJ TZ TH TL TG TK TO TT TA TN TR TM TC TV UG UA AE GB US UM UY UZ VU VE VN VG WF EH YE ZM ZW ZZ }
enum OrderDisplayFinancialStatus { PENDING AUTHORIZED PARTIALLY_PAID PARTIALLY_REFUNDED VOIDED PAID REFUNDED EXPIRED }
enum OrderDisplayFulfillmentStatus { UNFULFILLED PARTIALLY_FULFILLED FULFILLED RESTOCKED PENDING_FULFILLMENT OPEN IN_PROGRESS ON_HOLD SCHEDULED REQUEST_DECLINED }
enum ProductStatus { ACTIVE ARCHIVED DRAFT UNLISTED }
enum SaleActionType { ORDER RETURN UPDATE UNKNOWN }
enum SaleLineType { PRODUCT TIP GIFT_CARD SHIPPING DUTY ADDITIONAL_FEE FEE UNKNOWN ADJUSTMENT }
enum BulkOperationStatus { CANCELED CANCELING COMPLETED CREATED EXPIRED FAILED RUNNING }
enum BulkOperationErrorCode { ACCESS_DENIED INTERNAL_SERVER_ERROR TIMEOUT }
enum BulkOperationUserErrorCode { OPERATION_IN_PROGRESS INVALID LIMIT_REACHED }
enum BulkOperationType { QUERY MUTATION }
enum CountPrecision { EXACT AT_LEAST }
enum OrderSortKeys { CREATED_AT CURRENT_TOTAL_PRICE CUSTOMER_NAME DESTINATION FINANCIAL_STATUS FULFILLMENT_STATUS ID ORDER_NUMBER PO_NUMBER PROCESSED_AT RELEVANCE TOTAL_ITEMS_QUANTITY TOTAL_PRICE UPDATED_AT }
enum CustomerSortKeys { CREATED_AT ID LOCATION NAME RELEVANCE UPDATED_AT }
enum ProductSortKeys { CREATED_AT ID INVENTORY_TOTAL PRODUCT_TYPE PUBLISHED_AT RELEVANCE TITLE UPDATED_AT VENDOR }
enum ProductVariantSortKeys { FULL_TITLE ID INVENTORY_LEVELS_AVAILABLE INVENTORY_MANAGEMENT INVENTORY_POLICY INVENTORY_QUANTITY NAME POPULAR POSITION RELEVANCE SKU TITLE }
enum LocationSortKeys { ID NAME RELEVANCE }
enum AbandonedCheckoutSortKeys { CHECKOUT_ID CREATED_AT CUSTOMER_NAME ID RELEVANCE TOTAL_PRICE }
type RefundLineItem {
  id: ID
  quantity: Int!
  lineItem: LineItem!
  subtotalSet: MoneyBag!
  totalTaxSet: MoneyBag!
  priceSet: MoneyBag!
}
type RefundLineItemConnection {
  edges: [RefundLineItemEdge!]!
  nodes: [RefundLineItem!]!
  pageInfo: PageInfo!
}
type RefundLineItemEdge {
  cursor: String!
  node: RefundLineItem!
})SDL";
} // namespace

const ShopifySchema &ShopifySchema::instance()
{
    static const ShopifySchema schema;
    return schema;
}

ShopifySchema::ShopifySchema()
{
    GraphQlParser p{QByteArray(SchemaSdl)};
    while (!p.failed() && p.token().kind != GraphQlLexer::End) {
        Type t;
        QByteArray keyword;
        p.expectName(&keyword);
        p.expectName(&t.name);
        if (keyword == "scalar") {
            t.kind = Type::Scalar;
        } else if (keyword == "enum") {
            t.kind = Type::Enum;
            p.expectPunct("{");
            while (!p.failed() && !p.atPunct("}")) {
                QByteArray v;
                p.expectName(&v);
                t.enumValues.append(v);
            }
            p.expectPunct("}");
        } else {
            t.kind = keyword == "interface" ? Type::Interface : Type::Object;
            if (p.atName("implements")) {
                p.advance();
                while (!p.failed() && !p.atPunct("{")) {
                    if (p.atPunct("&")) {
                        p.advance();
                        continue;
                    }
                    QByteArray i;
                    p.expectName(&i);
                    t.interfaces.append(i);
                }
            }
            p.expectPunct("{");
            while (!p.failed() && !p.atPunct("}")) {
                Field f;
                p.expectName(&f.name);
                if (p.atPunct("(")) {
                    p.advance();
                    while (!p.failed() && !p.atPunct(")")) {
                        Argument a;
                        p.expectName(&a.name);
                        p.expectPunct(":");
                        p.parseType(&a.type);
                        if (p.atPunct("=")) {
                            p.advance();
                            GqlValue v;
                            p.parseValue(&v, true);
                            a.defaultValue = v;
                        }
                        f.arguments.push_back(a);
                    }
                    p.expectPunct(")");
                }
                p.expectPunct(":");
                p.parseType(&f.type);
                t.fields.push_back(f);
            }
            p.expectPunct("}");
        }
        m_types.insert(t.name, t);
    }
    Q_ASSERT(!p.failed());
    for (auto it = m_types.begin(); it != m_types.end(); ++it)
        for (const QByteArray &i : it->interfaces)
            if (m_types.contains(i))
                m_types[i].possibleTypes.append(it->name);
}

bool ShopifySchema::satisfies(const QByteArray &object, const QByteArray &typeCondition) const
{
    if (object == typeCondition)
        return true;
    const Type *t = type(object);
    return t && t->interfaces.contains(typeCondition);
}

QByteArray ShopifySchema::connectionNodeType(const QByteArray &connection) const
{
    const Type *t = type(connection);
    const Field *nodes = t ? t->field("nodes") : nullptr;
    return nodes ? GqlTypeText::baseName(nodes->type) : QByteArray();
}

} // namespace storelens::sim
