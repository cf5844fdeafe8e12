#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

// The language the app speaks: the user's choice (Settings, --lang CODE) or the system's.
namespace UiLanguage {

// The languages with a catalogue: en, ko, es.
QStringList codes();
bool isCode(const QString &code);
// "system" (or empty) gives the system's language when it has a catalogue, else English.
QString resolve(const QString &choice, const QLocale &system = QLocale::system());
// The choice kept in QSettings (Settings' language box): system, en, ko or es.
QString savedChoice();
void saveChoice(const QString &choice);
// The value of --lang among the process arguments ("--lang ko" or "--lang=ko"); empty if none.
QString fromArguments(const QStringList &arguments);

} // namespace UiLanguage

// The installed catalogues: the app's (embedded), then Qt's own (qtbase_XX.qm from the
// system's Qt translations, when qt6-translations-l10n is installed). Installing a language
// also makes it QLocale's default, so dates, numbers and release windows follow it.
class Translations : public QObject {
    Q_OBJECT

public:
    explicit Translations(QObject *parent = nullptr);
    // Replaces the installed catalogues with those of `code` (one of UiLanguage::codes()).
    bool install(const QString &code);
    QString code() const { return m_code; }
    bool hasQtCatalogue() const { return !m_qt.isEmpty(); }

private:
    QString m_code;
    // English plural forms ("1 show", "2 shows") are a translation of the source language:
    // loaded for every language, under the others so theirs win.
    QTranslator m_plurals;
    QTranslator m_app;
    QTranslator m_qt;
};
