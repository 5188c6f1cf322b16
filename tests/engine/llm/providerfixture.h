#pragma once

#include "fakellmserver.h"
#include "fixedclock.h"
#include "llm/httpllmprovider.h"
#include "llm/llmcancellation.h"

#include <QList>

// What the provider tests share: a provider pointed at a FakeLlmServer, waits between retries recorded instead of
// slept, jitter pinned to zero, and a fixed clock.
struct RecordedWaits
{
    QList<int> delaysMs;

    HttpLlmProvider::Waiter waiter()
    {
        return [this](int ms, LlmCancellation *) -> QCoro::Task<void> {
            delaysMs << ms;
            co_return;
        };
    }
};

template <typename Provider>
void prepareForTest(Provider &provider, RecordedWaits &waits)
{
    provider.setWaiter(waits.waiter());
    provider.setRandom([] { return 0.0; });
    provider.setClock(
        std::make_shared<FixedClock>(QDateTime::fromString(QStringLiteral("2026-11-24T20:00:00Z"), Qt::ISODate)));
}

// A request with two tools, a cached system block and a user turn.
LlmRequest sampleRequest();
