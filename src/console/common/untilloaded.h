#pragma once

#include <QCoroSignal>
#include <QCoroTask>
#include <QPointer>
#include <chrono>

// For a paged model whose load a newer one may overtake (the older's rows are then dropped): resumes once the load
// in force has emitted loaded(), so whoever awaits a filter or a query sees its rows, or a newer filter's, but never
// the empty table between the two. Model has isLoading() and a loaded() signal. Take the pointer before the first
// await: the model may be gone by the time its own load returns.
template <typename Model>
QCoro::Task<void> untilLoaded(QPointer<Model> model)
{
    while (model && model->isLoading()) {
        auto loaded = qCoro(model.data(), &Model::loaded, std::chrono::seconds(1));
        co_await loaded;
    }
}
