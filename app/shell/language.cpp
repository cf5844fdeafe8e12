#include "shell/language.h"

#include <QVariantMap>

Language::Language(QObject *parent) : QObject(parent)
{
    m_choice = UiLanguage::savedChoice();
    m_translations.install(UiLanguage::resolve(m_choice));
}

bool Language::isChoice(const QString &text)
{
    return text == QLatin1String("system") || UiLanguage::isCode(text);
}

QVariantList Language::choices() const
{
    // A language's own name, so a user who cannot read the current one still finds theirs.
    auto entry = [](const QString &choice, const QString &label) {
        return QVariantMap{{QStringLiteral("choice"), choice}, {QStringLiteral("label"), label}};
    };
    return {entry(QStringLiteral("system"), QString()),
            entry(QStringLiteral("en"), QStringLiteral("English")),
            entry(QStringLiteral("ko"), QStringLiteral("한국어")),
            entry(QStringLiteral("es"), QStringLiteral("Español"))};
}

void Language::setChoice(const QString &choice)
{
    if (!isChoice(choice) || choice == m_choice)
        return;
    UiLanguage::saveChoice(choice);
    apply(choice);
}

void Language::overrideChoice(const QString &choice)
{
    if (!isChoice(choice) || choice == m_choice)
        return;
    apply(choice);
}

void Language::apply(const QString &choice)
{
    m_choice = choice;
    m_translations.install(UiLanguage::resolve(choice));
    emit changed();
}
