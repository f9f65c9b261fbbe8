#pragma once

#include <QPalette>
#include <QString>

#include <functional>

class QWidget;

namespace storelens::test {

// Spins the event loop until `done` holds or `timeoutMs` passes.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 15000);

// Fusion with a light or a dark palette, as a desktop in that mode gives.
void useLightPalette();
void useDarkPalette();

// Saves a picture of `widget` to <build>/screenshots/<name>.png for people to
// look at; returns the path.
QString saveScreenshot(QWidget *widget, const QString &name);

} // namespace storelens::test
