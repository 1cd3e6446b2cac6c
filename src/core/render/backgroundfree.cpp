#include "render/backgroundfree.h"

#include <mutex>
#include <system_error>
#include <thread>

namespace planverk {

namespace {

struct Freeing {
    std::mutex mutex;
    std::thread thread;
    ~Freeing()
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (thread.joinable())
            thread.join();
    }
};

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

} // namespace planverk
