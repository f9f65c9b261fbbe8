#include "platform/PlatformRegistry.h"
#include "shopify/ShopifyPlatform.h"
#include "woocommerce/WooPlatform.h"

namespace storelens {

void registerBuiltInPlatforms(PlatformRegistry &registry)
{
    registry.add(std::make_unique<ShopifyPlatform>());
    registry.add(std::make_unique<WooPlatform>());
}

} // namespace storelens
