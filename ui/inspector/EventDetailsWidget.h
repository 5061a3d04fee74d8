#pragma once

#include "flow/TranscriptEvent.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QTreeView;

namespace mcpauth {

class JsonTreeModel;

// The selected transcript event in full: its bodies as a collapsible JSON tree, the raw exchange,
// the headers, the timing, and every JWT it carries decoded (header and claims, not verified).
// Everything shown was masked when it was recorded; the masked values cannot be revealed here.
class EventDetailsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDetailsWidget)

public:
    explicit EventDetailsWidget(QWidget* parent = nullptr);

    void setEvent(const TranscriptEvent& event);
    void clear();

    // "METHOD URL", headers, body (pretty when JSON), then the answer the same way.
    [[nodiscard]] static QString rawText(const TranscriptEvent& event);
    // Each JWT found in the headers and bodies, and the engine's decoded access token, as JSON.
    [[nodiscard]] static QString tokensText(const TranscriptEvent& event);

private:
    QLabel* m_heading = nullptr;
    QTabWidget* m_tabs = nullptr;
    JsonTreeModel* m_jsonModel = nullptr;
    QTreeView* m_jsonTree = nullptr;
    QPlainTextEdit* m_raw = nullptr;
    QTableWidget* m_headers = nullptr;
    QLabel* m_timing = nullptr;
    QPlainTextEdit* m_tokens = nullptr;
};

} // namespace mcpauth
