#pragma once

#include "SecretMasker.h"
#include "TranscriptEvent.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace mcpauth {

// The record of one connection attempt: every HTTP exchange, JSON-RPC message, browser step and
// note, in order. Each event is masked (SecretMasker) before it is stored or emitted, so nothing
// that leaves this class (signals, files, HAR) holds a secret.
//
// The file format (JSON, kFormatVersion):
//   {"format": "mcp-auth-transcript", "version": 1, "createdBy": "mcp-auth 0.1.0",
//    "savedAt": "2025-06-01T10:00:00.000Z", "events": [TranscriptEvent::toJson(), ...]}
// A reader ignores fields it does not know, so later versions may add fields without a new version
// number; a new number means an incompatible change, which this version refuses in words.
//
// HAR 1.2 export: each `http` event is one entry (a failed exchange has response status 0 and its
// reason in the entry's `_error`, as browsers write it; the event's step is the entry's comment).
// The other kinds (JSON-RPC messages, which the HTTP entries already carry in their bodies, browser
// steps and notes) are not entries: HAR has no place for them; they are listed one per line in
// log.comment, so that a HAR viewer still shows what happened between the requests.
class Transcript final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transcript)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr const char* kFormatName = "mcp-auth-transcript";

    explicit Transcript(QObject* parent = nullptr);

    // The masker every event goes through; add the user's secret header names before the flow starts.
    [[nodiscard]] SecretMasker& masker() { return m_masker; }

    // Masks the event, numbers it (sequence), stores it and emits eventAdded. Returns the stored copy.
    const TranscriptEvent& append(TranscriptEvent event);
    // A note from the engine for `step`, timed now.
    const TranscriptEvent& addNote(const QString& step, const QString& text);
    [[nodiscard]] const QList<TranscriptEvent>& events() const { return m_events; }
    void clear();

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QJsonObject toHar() const;
    // Replaces the events with those of a saved transcript (masked again on the way in: the file may
    // come from elsewhere). On error nothing changes. Emits cleared, then eventAdded for each event.
    Status loadJson(const QJsonObject& json);

    // Written atomically (QSaveFile): a crash or a full disk leaves the old file or none.
    Status save(const QString& path) const;
    Status saveHar(const QString& path) const;
    Status load(const QString& path);

Q_SIGNALS:
    void eventAdded(const mcpauth::TranscriptEvent& event);
    void cleared();

private:
    SecretMasker m_masker;
    QList<TranscriptEvent> m_events;
};

} // namespace mcpauth
