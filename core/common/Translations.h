#pragma once

namespace storelens {

// Installs StoreLens's translation for the user's UI languages (from the
// resources embedded into each executable) and Qt's own where available.
class Translations
{
public:
    static void install();
};

} // namespace storelens
