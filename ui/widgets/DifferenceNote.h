#pragma once

#include <QLabel>

namespace mcpauth {

class Backend;

// Where a backend does something differently from the console's own server (Backend::difference), the
// sentence shown in place, under the field or above the list it concerns; hidden when nothing differs.
// Its objectName is "differenceNote" plus the topic ("differenceNote:token.revoke").
class DifferenceNote final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DifferenceNote)

public:
    DifferenceNote(const Backend& backend, const QString& topic, QWidget* parent = nullptr);
    ~DifferenceNote() override;

    [[nodiscard]] bool hasNote() const { return !text().isEmpty(); }
};

} // namespace mcpauth
