#pragma once

#include "ShopifySimulator.h"
#include "SimulatorHost.h"

namespace storelens::sim {

// A ShopifySimulator on its own thread (see SimulatorHost).
using ShopifySimulatorHost = SimulatorHost<ShopifySimulator, ShopifySimConfig>;

} // namespace storelens::sim
