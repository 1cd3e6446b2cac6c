// What completePdf no longer frees itself is freed all the same: on a
// thread of its own, the caller going on at once.
#include "render/backgroundfree.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <thread>

using namespace planverk;

namespace {

// Says when it is destroyed; its destructor waits (at most 5 s) until `go` is set.
struct Big {
    std::atomic<bool> &destroyed;
    std::shared_future<void> go;
    std::thread::id *destroyedOn = nullptr;
    ~Big()
    {
        go.wait_for(std::chrono::seconds(5));
        if (destroyedOn)
            *destroyedOn = std::this_thread::get_id();
        destroyed = true;
    }
};

} // namespace

TEST_CASE("A structure handed over to be freed is freed on another thread, by the time the next one is handed over", "[render][free]")
{
    std::promise<void> go;
    const std::shared_future<void> started = go.get_future().share();
    std::atomic<bool> firstDestroyed = false;
    std::atomic<bool> secondDestroyed = false;
    const auto before = std::chrono::steady_clock::now();
    destroyInBackground(std::unique_ptr<Big>(new Big{firstDestroyed, started}));
    // The caller is back before the destructor could finish: it waits for `go`.
    CHECK(std::chrono::steady_clock::now() - before < std::chrono::seconds(4));
    CHECK_FALSE(firstDestroyed);
    go.set_value();
    std::promise<void> now;
    now.set_value();
    std::thread::id secondDestroyedOn;
    destroyInBackground(std::unique_ptr<Big>(new Big{secondDestroyed, now.get_future().share(), &secondDestroyedOn}));
    CHECK(firstDestroyed);
    // A plain function too; and it waits for the one before it.
    std::atomic<bool> ran = false;
    freeInBackground([&ran] { ran = true; });
    CHECK(secondDestroyed);
    CHECK(secondDestroyedOn != std::this_thread::get_id());
    freeInBackground([] {});
    CHECK(ran);
}
