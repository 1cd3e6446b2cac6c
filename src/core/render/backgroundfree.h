// Freeing a big structure on a thread of its own, while the caller goes on.
#pragma once

#include <functional>
#include <memory>
#include <tuple>

namespace planverk {

/// Runs `free` on a thread of its own and returns at once. One such thread
/// at a time: a call first waits for the one before it, and the last one is
/// waited for when the program exits normally (std::quick_exit leaves it to
/// the system). If no thread can be started, `free` runs here.
void freeInBackground(std::function<void()> free);

/// From now on, what is handed over is freed only when the program exits
/// normally, and not at all with std::quick_exit: for a process that ends
/// as soon as its output is written (planverk-cli), where a thread freeing
/// while the output is written only competes with it (for the heap's lock).
void freeAtExit();

/// `what` destroyed on a thread of its own (freeInBackground).
template<class... T>
void destroyInBackground(std::unique_ptr<T>... what)
{
    auto all = std::make_shared<std::tuple<std::unique_ptr<T>...>>(std::move(what)...);
    freeInBackground([all = std::move(all)]() mutable { all.reset(); });
}

} // namespace planverk
