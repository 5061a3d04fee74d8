#pragma once

#include <QString>

class QWidget;

namespace mcpauth {

struct Error;

// How the console tells a person that something failed: a sentence first ("Could not save the
// application: the redirect URI must be absolute."), the technical side (error kind, field) behind
// "Show Details…".
class ErrorMessage
{
public:
    [[nodiscard]] static QString sentence(const QString& what, const Error& error);
    [[nodiscard]] static QString details(const Error& error);
    static void show(QWidget* parent, const QString& what, const Error& error);
};

} // namespace mcpauth
