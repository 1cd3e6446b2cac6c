// How far a long render has come, and how it is stopped.
#pragma once

#include <exception>
#include <functional>

namespace planverk {

/// Told how far a long render has come (0 to 1), now and then; returning
/// false stops the render, which then throws RenderCancelled.
using RenderProgress = std::function<bool(double done)>;
struct RenderCancelled : std::exception {
    const char *what() const noexcept override { return "the render was cancelled"; }
};

} // namespace planverk
