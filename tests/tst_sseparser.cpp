// SseParser: the WHATWG event stream interpretation fed in arbitrary chunks, with the line ends, byte
// order mark and UTF-8 sequences split between them, and the cap on one event's size.
#include "flow/SseParser.h"

#include <QTest>

using namespace mcpauth;
using namespace Qt::StringLiterals;

namespace {

QList<SseEvent> all(SseParser& parser, const QList<QByteArray>& chunks)
{
    QList<SseEvent> events;
    for (const QByteArray& chunk : chunks) {
        auto result = parser.feed(chunk);
        if (!result) {
            qWarning().noquote() << "unexpected failure:" << result.error().message;
            return {};
        }
        events << *result;
    }
    return events;
}

QList<SseEvent> whole(const QByteArray& stream)
{
    SseParser parser;
    return all(parser, {stream});
}

// "type|data|id|retry" per event, so whole runs compare in one QCOMPARE.
QStringList summary(const QList<SseEvent>& events)
{
    QStringList out;
    for (const SseEvent& e : events)
        out << u"%1|%2|%3|%4"_s.arg(e.type, e.data, e.id, e.retryMs ? QString::number(*e.retryMs) : u"-"_s);
    return out;
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mcpResponse();
    void whatwgExamples();
    void fields();
    void lineEnds_data();
    void lineEnds();
    void everySplitGivesTheSameEvents_data();
    void everySplitGivesTheSameEvents();
    void byteOrderMark();
    void utf8SplitBetweenChunks();
    void idCarriesOverAndNulIsIgnored();
    void retry();
    void blockWithoutDataDispatchesNothing();
    void endOfStreamDiscardsThePendingEvent();
    void eventSizeIsCapped();
};

void TestSseParser::mcpResponse()
{
    // A Streamable HTTP answer to a request: one message event carrying the JSON-RPC response.
    const auto events
        = whole("id: 7f1c\nevent: message\ndata: {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"tools\":[]}}\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().type, u"message"_s);
    QCOMPARE(events.first().data, uR"({"jsonrpc":"2.0","id":1,"result":{"tools":[]}})"_s);
    QCOMPARE(events.first().id, u"7f1c"_s);
    QVERIFY(!events.first().retryMs);
}

void TestSseParser::whatwgExamples()
{
    // WHATWG HTML 9.2.5 (event stream format) examples.
    QCOMPARE(summary(whole("data: YHOO\ndata: +2\ndata: 10\n\n")), QStringList{u"message|YHOO\n+2\n10||-"_s});
    QCOMPARE(
        summary(whole(": test stream\n\ndata: first event\nid: 1\n\ndata:second event\nid\n\ndata:  third event\n")),
        (QStringList{u"message|first event|1|-"_s, u"message|second event||-"_s}));
    QCOMPARE(summary(whole("data\n\ndata\ndata\n\ndata:")), (QStringList{u"message|||-"_s, u"message|\n||-"_s}));
    QCOMPARE(summary(whole("data:test\n\ndata: test\n\n")), (QStringList{u"message|test||-"_s, u"message|test||-"_s}));
}

void TestSseParser::fields()
{
    QCOMPARE(summary(whole("event: notification\ndata:x\n\n")), QStringList{u"notification|x||-"_s});
    QCOMPARE(summary(whole("data:  two spaces\n\n")), QStringList{u"message| two spaces||-"_s});
    QCOMPARE(summary(whole("data: a: b: c\n\n")), QStringList{u"message|a: b: c||-"_s});
    // Unknown fields, upper-case names (field names are case-sensitive) and comments are skipped.
    QCOMPARE(summary(whole("foo: bar\nDATA: no\n: comment\n:\ndata: yes\n\n")), QStringList{u"message|yes||-"_s});
    // A field without a colon has an empty value.
    QCOMPARE(summary(whole("event\ndata\n\n")), QStringList{u"message|||-"_s});
}

void TestSseParser::lineEnds_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::newRow("LF") << QByteArray("data: a\ndata: b\n\ndata: c\n\n");
    QTest::newRow("CRLF") << QByteArray("data: a\r\ndata: b\r\n\r\ndata: c\r\n\r\n");
    QTest::newRow("CR") << QByteArray("data: a\rdata: b\r\rdata: c\r\r");
    QTest::newRow("mixed") << QByteArray("data: a\r\ndata: b\r\n\rdata: c\n\r\n");
}

void TestSseParser::lineEnds()
{
    QFETCH(QByteArray, stream);
    QCOMPARE(summary(whole(stream)), (QStringList{u"message|a\nb||-"_s, u"message|c||-"_s}));
}

void TestSseParser::everySplitGivesTheSameEvents_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::newRow("CRLF") << QByteArray(
        "\xEF\xBB\xBFid: 1\r\nevent: e\r\ndata: caf\xC3\xA9\r\n\r\n: ping\r\ndata: 2\r\nretry: 5\r\n\r\n");
    QTest::newRow("CR") << QByteArray("data: a\r\rdata: b\rdata: c\r\r\r\rdata: d\r\r");
    QTest::newRow("mixed") << QByteArray("data: x\r\n\ndata: y\r\r\ndata: z\n\r\n");
}

void TestSseParser::everySplitGivesTheSameEvents()
{
    QFETCH(QByteArray, stream);
    const QStringList expected = summary(whole(stream));
    QVERIFY(expected.size() >= 2);
    for (qsizetype cut = 1; cut < stream.size(); ++cut) {
        SseParser parser;
        QCOMPARE(summary(all(parser, {stream.left(cut), stream.mid(cut)})), expected);
    }
    QList<QByteArray> bytes;
    for (const char c : stream)
        bytes << QByteArray(1, c);
    SseParser parser;
    QCOMPARE(summary(all(parser, bytes)), expected);
}

void TestSseParser::byteOrderMark()
{
    QCOMPARE(summary(whole("\xEF\xBB\xBF"
                           "data: x\n\n")),
        QStringList{u"message|x||-"_s});
    SseParser split;
    QCOMPARE(summary(all(split,
                 {"\xEF", "\xBB",
                     "\xBF"
                     "da",
                     "ta: x\n\n"})),
        QStringList{u"message|x||-"_s});
    // Only one, at the very start: a second one makes the field name unknown.
    QCOMPARE(summary(whole("\xEF\xBB\xBF\xEF\xBB\xBF"
                           "data: x\n\ndata: y\n\n")),
        QStringList{u"message|y||-"_s});
    QCOMPARE(summary(whole("data: x\n\xEF\xBB\xBF"
                           "data: y\n\n")),
        QStringList{u"message|x||-"_s});
    // Inside a value it is a character (U+FEFF) and stays, even at the value's start: a type made of it
    // alone is not an empty type (fuzz_sseparser found "event:\xEF\xBB\xBF" dispatched untyped).
    const auto fromBom = whole("event:\xEF\xBB\xBF\ndata:\xEF\xBB\xBF"
                               "a\nid: \xEF\xBB\xBF\n\n");
    QCOMPARE(fromBom.size(), 1);
    QCOMPARE(fromBom[0].type, u"\uFEFF"_s);
    QCOMPARE(fromBom[0].data, u"\uFEFFa"_s);
    QCOMPARE(fromBom[0].id, u"\uFEFF"_s);
    // A value cut off inside a UTF-8 sequence ends in U+FFFD, as QString::fromUtf8 decodes it; nothing
    // is held back.
    const auto cut = whole("event:\xCD\ndata: a\xE2\x82\nid: \xF0\n\n");
    QCOMPARE(cut.size(), 1);
    QCOMPARE(cut[0].type, u"\uFFFD"_s);
    QCOMPARE(cut[0].data, QString::fromUtf8("a\xE2\x82")); // Qt gives one U+FFFD per byte
    QCOMPARE(cut[0].id, u"\uFFFD"_s);
}

void TestSseParser::utf8SplitBetweenChunks()
{
    SseParser parser;
    const auto events = all(parser, {"data: caf\xC3", "\xA9 \xE2\x82", "\xAC\n", "\n"});
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data, u"café €"_s);
    // Invalid UTF-8 becomes U+FFFD, never a failure.
    QCOMPARE(whole("data: \xFF\n\n").first().data, u"\uFFFD"_s);
}

void TestSseParser::idCarriesOverAndNulIsIgnored()
{
    SseParser parser;
    const auto events = all(parser, {"id: 1\ndata: a\n\ndata: b\n\nid: 2\0x\ndata: c\n\nid\ndata: d\n\n"_ba});
    QCOMPARE(
        summary(events), (QStringList{u"message|a|1|-"_s, u"message|b|1|-"_s, u"message|c|1|-"_s, u"message|d||-"_s}));
    QCOMPARE(parser.lastEventId(), QString());
    SseParser kept;
    QVERIFY(kept.feed("id: 42\n\n"));
    QCOMPARE(kept.lastEventId(), u"42"_s); // set even though no event was dispatched
}

void TestSseParser::retry()
{
    SseParser parser;
    auto events
        = parser.feed("retry: 2500\ndata: a\n\nretry: 1a\ndata: b\n\nretry:\ndata: c\n\nretry: 99999999999999\n\n");
    QVERIFY(events);
    QCOMPARE(summary(*events), (QStringList{u"message|a||2500"_s, u"message|b||-"_s, u"message|c||-"_s}));
    QCOMPARE(parser.reconnectionTimeMs().value_or(-1), qint64(2500)); // the over-long value was ignored
    QVERIFY(parser.feed("retry: 0\n"));
    QCOMPARE(parser.reconnectionTimeMs().value_or(-1), qint64(0));
}

void TestSseParser::blockWithoutDataDispatchesNothing()
{
    QCOMPARE(summary(whole("event: ping\n\ndata: x\n\n")), QStringList{u"message|x||-"_s});
    QVERIFY(whole("\n\n\n\n: only comments\n\n").isEmpty());
}

void TestSseParser::endOfStreamDiscardsThePendingEvent()
{
    SseParser parser;
    auto events = parser.feed("data: complete\n\ndata: cut off");
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
    QVERIFY(parser.finish());
    QVERIFY(!parser.finish());
    // The parser reads a new stream afterwards.
    auto next = parser.feed("data: again\n\n");
    QVERIFY(next);
    QCOMPARE(summary(*next), QStringList{u"message|again||-"_s});
    SseParser data;
    QVERIFY(data.feed("data: full line\n"));
    QVERIFY(data.finish()); // a data line without the blank line that dispatches it
}

void TestSseParser::eventSizeIsCapped()
{
    SseParser parser(32);
    QVERIFY(parser.feed("data: 0123456789\n\n")); // 10 bytes of data: fine
    auto events = parser.feed("data: 0123456789\ndata: 0123456789\n");
    QVERIFY(events);
    auto over = parser.feed("data: 0123456789\n");
    QVERIFY(!over);
    QCOMPARE(over.error().field, u"event-stream"_s);
    QVERIFY2(over.error().message.contains(u"larger than 32 bytes"_s), qPrintable(over.error().message));
    QVERIFY(parser.failed());
    QVERIFY(!parser.feed("\n\n"));
    parser.reset();
    QVERIFY(!parser.failed());
    QVERIFY(parser.feed("data: ok\n\n"));

    // One endless line (no line end ever) fails too, instead of growing.
    SseParser line(1024);
    const QByteArray kilobyte(512, 'x');
    QVERIFY(line.feed(kilobyte));
    QVERIFY(!line.feed(QByteArray(kilobyte + 'x')));
    // A comment counts while its line is being read, too.
    SseParser comment(1024);
    QVERIFY(!comment.feed(QByteArray(':' + QByteArray(2000, 'c'))));
    // Many small events never add up.
    SseParser many(64);
    for (int i = 0; i < 1000; ++i)
        QVERIFY(many.feed("data: 0123456789abcdef0123456789abcdef\n\n"));
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
