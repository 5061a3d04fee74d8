#include "ConsolePage.h"

#include "backend/Backend.h"
#include "widgets/ErrorMessage.h"

namespace mcpauth {

ConsolePage::ConsolePage(Backend& backend, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
{ }

ConsolePage::~ConsolePage() = default;

void ConsolePage::reportError(const QString& what, const Error& error, bool interactive)
{
    Q_EMIT statusMessage(ErrorMessage::sentence(what, error));
    if (interactive)
        ErrorMessage::show(this, what, error);
}

} // namespace mcpauth
