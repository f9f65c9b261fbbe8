#pragma once

#include <QString>

#include <optional>

namespace storelens {

// What a job run off the GUI thread produced: its value, or a user-facing
// reason why it failed.
template <typename T>
struct DbResult
{
    std::optional<T> value;
    QString error;

    bool ok() const { return value.has_value(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }
};

} // namespace storelens
