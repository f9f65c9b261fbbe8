#pragma once

#include "SimulatorHost.h"
#include "WooSimulator.h"

namespace storelens::sim {

// A WooSimulator on its own thread (see SimulatorHost).
using WooSimulatorHost = SimulatorHost<WooSimulator, WooSimConfig>;

} // namespace storelens::sim
