// libFuzzer target: SseParser on arbitrary bytes. The first byte picks where the stream is cut into
// two chunks; the events must be the same as when it arrives whole, and byte by byte.
#include "flow/SseParser.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpauth;

namespace {

struct Run
{
    bool ok = true;
    QList<SseEvent> events;
    bool pending = false;
};

bool same(const QList<SseEvent>& a, const QList<SseEvent>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].type != b[i].type || a[i].data != b[i].data || a[i].id != b[i].id || a[i].retryMs != b[i].retryMs)
            return false;
    }
    return true;
}

Run run(const QList<QByteArrayView>& chunks, qsizetype cap)
{
    SseParser parser(cap);
    Run out;
    for (const QByteArrayView chunk : chunks) {
        auto events = parser.feed(chunk);
        if (!events) {
            out.ok = false;
            return out;
        }
        out.events << *events;
    }
    out.pending = parser.finish();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView stream(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const qsizetype cap = 64 + data[0] * 4; // small enough that the cap is hit often
    const Run whole = run({stream}, cap);
    const qsizetype cut = stream.isEmpty() ? 0 : data[0] % stream.size();
    const Run split = run({stream.first(cut), stream.sliced(cut)}, cap);
    // The cap counts what is pending, which does not depend on how the bytes arrive.
    if (whole.ok != split.ok)
        std::abort();
    if (whole.ok && (!same(whole.events, split.events) || whole.pending != split.pending))
        std::abort();
    if (stream.size() <= 512) {
        QList<QByteArrayView> bytes;
        for (qsizetype i = 0; i < stream.size(); ++i)
            bytes << stream.sliced(i, 1);
        const Run single = run(bytes, cap);
        if (single.ok != whole.ok || (whole.ok && !same(whole.events, single.events)))
            std::abort();
    }
    for (const SseEvent& e : whole.events) {
        if (e.type.isEmpty())
            std::abort();
    }
    return 0;
}
