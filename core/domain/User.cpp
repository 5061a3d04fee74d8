#include "User.h"

#include "Names.h"

namespace mcpauth {

namespace {

constexpr int kMinPasswordLength = 12;
constexpr int kMaxPasswordLength = 1024;
constexpr int kMaxEmailLength = 254; // RFC 5321's limit on a forward path

// Deliberately loose: the only sure test of an address is a mail that arrives; this catches typing slips.
QString emailProblem(const QString& email)
{
    for (QChar c : email) {
        if (c.isSpace())
            return QStringLiteral("it contains white space");
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("it contains a control character");
    }
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at < 0)
        return QStringLiteral("it has no '@'");
    if (email.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return QStringLiteral("it has more than one '@'");
    if (at == 0)
        return QStringLiteral("it has nothing before the '@'");
    const QString domain = email.mid(at + 1);
    if (domain.isEmpty())
        return QStringLiteral("it has no domain after the '@'");
    if (domain.startsWith(QLatin1Char('.')) || domain.endsWith(QLatin1Char('.'))
        || domain.contains(QStringLiteral("..")))
        return QStringLiteral("its domain '%1' has an empty part between dots").arg(domain);
    if (email.size() > kMaxEmailLength)
        return QStringLiteral("it is %1 characters long, more than the %2 an address may have")
            .arg(QString::number(email.size()), QString::number(kMaxEmailLength));
    return {};
}

} // namespace

ValidationErrors User::validate() const
{
    ValidationErrors errors;
    if (organizationId.isEmpty()) {
        errors << FieldError{QStringLiteral("organizationId"),
            QStringLiteral("The user has no organization. Choose the organization the user belongs to.")};
    }
    errors << Names::checkName(QStringLiteral("username"), username);
    errors << Names::checkDisplayText(QStringLiteral("displayName"), displayName, 200);
    if (!email.isEmpty()) {
        const QString problem = emailProblem(email);
        if (!problem.isEmpty()) {
            errors << FieldError{QStringLiteral("email"),
                QStringLiteral("The e-mail address %1 is not valid: %2. Write it as name@example.com, or leave it "
                               "empty.")
                    .arg(Names::quoted(email), problem)};
        }
    }
    return errors;
}

ValidationErrors User::checkPassword(const QString& password)
{
    // The password itself never appears in a message: messages end up in logs and screenshots.
    ValidationErrors errors;
    const QString field = QStringLiteral("password");
    if (password.size() < kMinPasswordLength) {
        errors << FieldError{field,
            QStringLiteral("The password has %1 characters, but a password needs at least %2 (and at most %3). "
                           "Choose a longer one; a phrase of several words is easy to remember.")
                .arg(QString::number(password.size()), QString::number(kMinPasswordLength),
                    QString::number(kMaxPasswordLength))};
    } else if (password.size() > kMaxPasswordLength) {
        errors << FieldError{field,
            QStringLiteral("The password has %1 characters, but a password may have at most %2 (and at least %3). "
                           "Choose a shorter one.")
                .arg(QString::number(password.size()), QString::number(kMaxPasswordLength),
                    QString::number(kMinPasswordLength))};
    }
    return errors;
}

} // namespace mcpauth
