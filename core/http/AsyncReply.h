#pragma once

#include "HttpResponse.h"

#include <QMetaObject>
#include <QObject>
#include <QPromise>
#include <QThreadPool>
#include <memory>
#include <utility>

namespace mcpauth {

// An HTTP answer computed in two steps: `work` on a worker pool (signature checks), then `finish` with
// its result on the thread of `context` (the main thread, where the store lives), whose response the
// returned future carries.
//
// Not QtConcurrent::run(...).then(context, ...): Qt 6.4's then() can run its continuation twice when
// the work finishes on the pool while the main thread is attaching it (setContinuation runs it at once
// for a finished future and stores it anyway, and the pool's runContinuation then runs it again), and
// the second run dereferences a moved-from promise. Under load that crashed the server (seen in
// bench_server.sh). Here the pool hands its result over with one queued call and nothing else.
//
// The pool's owner must wait for its tasks before `context` goes (declare the context before the pool,
// whose destructor waits). If `context` is destroyed first anyway, the queued call is dropped and the
// future ends cancelled.
class AsyncReply
{
public:
    template <typename Work, typename Finish>
    [[nodiscard]] static QFuture<HttpResponse> run(QThreadPool& pool, QObject* context, Work work, Finish finish)
    {
        auto promise = std::make_shared<QPromise<HttpResponse>>();
        promise->start();
        QFuture<HttpResponse> future = promise->future();
        pool.start([promise, context, work = std::move(work), finish = std::move(finish)]() mutable {
            auto result = work();
            QMetaObject::invokeMethod(
                context,
                [promise, finish = std::move(finish), result = std::move(result)]() mutable {
                    promise->addResult(finish(std::move(result)));
                    promise->finish();
                },
                Qt::QueuedConnection);
        });
        return future;
    }
};

} // namespace mcpauth
