#include "render/backgroundfree.h"

#include <atomic>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace planverk {

namespace {

struct Freeing {
    std::mutex mutex;
    std::thread thread;
    std::vector<std::function<void()>> atExit; // freeAtExit()
    ~Freeing()
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (thread.joinable())
            thread.join();
        for (std::function<void()> &free : atExit)
            free();
    }
};

std::atomic<bool> deferred = false;

// Made at the first call, so destroyed (the thread joined) before the
// libraries' own statics that what it frees may use.
Freeing &freeing()
{
    static Freeing f;
    return f;
}

} // namespace

void freeInBackground(std::function<void()> free)
{
    Freeing &f = freeing();
    const std::lock_guard<std::mutex> lock(f.mutex);
    if (deferred) {
        f.atExit.push_back(std::move(free));
        return;
    }
    if (f.thread.joinable())
        f.thread.join();
    // One function object, shared, which the thread empties when it is done:
    // what it holds is destroyed there, never here (a copy left here could
    // be the last one).
    auto task = std::make_shared<std::function<void()>>(std::move(free));
    auto run = [task] {
        (*task)();
        *task = nullptr;
    };
    try {
        f.thread = std::thread(run);
    } catch (const std::system_error &) {
        run();
    }
}

void freeAtExit()
{
    deferred = true;
}

} // namespace planverk
