#include "domain/uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>

namespace UiLanguage {

QStringList codes()
{
    return {QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("es")};
}

bool isCode(const QString &code)
{
    return codes().contains(code);
}

QString resolve(const QString &choice, const QLocale &system)
{
    if (isCode(choice))
        return choice;
    const QString systemCode = system.name().section(QLatin1Char('_'), 0, 0);
    return isCode(systemCode) ? systemCode : QStringLiteral("en");
}

namespace {
constexpr char kSettingsKey[] = "language";
} // namespace

QString savedChoice()
{
    const QString saved = QSettings().value(QLatin1String(kSettingsKey)).toString();
    return isCode(saved) ? saved : QStringLiteral("system");
}

void saveChoice(const QString &choice)
{
    QSettings().setValue(QLatin1String(kSettingsKey), choice);
}

QString fromArguments(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--"))
            break;
        if (a == option && i + 1 < arguments.size())
            return arguments[i + 1];
        if (a.startsWith(option + QLatin1Char('=')))
            return a.mid(option.size() + 1);
    }
    return QString();
}

} // namespace UiLanguage

Translations::Translations(QObject *parent) : QObject(parent)
{
    if (m_plurals.load(QStringLiteral(":/i18n/cliffhanger_en.qm")))
        QCoreApplication::installTranslator(&m_plurals);
}

bool Translations::install(const QString &code)
{
    if (!UiLanguage::isCode(code))
        return false;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    m_code = code;
    // The system's own locale when it speaks this language (its dates and numbers: en_GB,
    // es_MX), else the language's default; the C locale stays C for English.
    const QLocale system = QLocale::system();
    const bool systemSpeaksIt = UiLanguage::resolve(QString(), system) == code;
    QLocale::setDefault(systemSpeaksIt ? system : QLocale(code));
    if (code == QLatin1String("en")) {
        // Loading no file empties a translator: its result says only that nothing was loaded.
        static_cast<void>(m_app.load(QString()));
        static_cast<void>(m_qt.load(QString()));
        return true;
    }
    const bool loaded = m_app.load(QStringLiteral(":/i18n/cliffhanger_%1.qm").arg(code));
    if (loaded)
        QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    return loaded;
}
