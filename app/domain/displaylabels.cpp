#include "domain/displaylabels.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

// One translation context for every state word, so each is translated once.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DisplayLabels)
};

} // namespace

namespace DisplayLabels {

QString seasonStatus(SeasonStatus status)
{
    switch (status) {
    case SeasonStatus::Announced:
        return Tr::tr("Announced");
    case SeasonStatus::Renewed:
        return Tr::tr("Renewed");
    case SeasonStatus::InProduction:
        return Tr::tr("In production");
    case SeasonStatus::Filming:
        return Tr::tr("Filming");
    case SeasonStatus::PostProduction:
        return Tr::tr("In post-production");
    case SeasonStatus::Released:
        return Tr::tr("Released");
    case SeasonStatus::Cancelled:
        return Tr::tr("Cancelled");
    }
    return QString();
}

QString castStatus(CastStatus status)
{
    switch (status) {
    case CastStatus::Confirmed:
        return Tr::tr("Confirmed");
    case CastStatus::Expected:
        return Tr::tr("Expected");
    case CastStatus::Rumoured:
        return Tr::tr("Rumoured");
    case CastStatus::NotReported:
        break;
    }
    return Tr::tr("Not reported");
}

QString tier(Tier tier)
{
    switch (tier) {
    case Tier::Official:
        return Tr::tr("official");
    case Tier::Reported:
        return Tr::tr("reported");
    case Tier::Rumour:
        return Tr::tr("rumour");
    case Tier::Estimate:
        return Tr::tr("estimate");
    }
    return QString();
}

QString claimKind(ClaimKind kind)
{
    switch (kind) {
    case ClaimKind::ReleaseWindow:
        return Tr::tr("Release");
    case ClaimKind::EpisodeCount:
        return Tr::tr("Episodes");
    case ClaimKind::Cast:
        return Tr::tr("Cast");
    case ClaimKind::Renewal:
        return Tr::tr("Renewal");
    case ClaimKind::Production:
        return Tr::tr("Production");
    case ClaimKind::Plot:
        return Tr::tr("Plot");
    }
    return QString();
}

QString claimStatus(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Open:
        return Tr::tr("open");
    case ClaimStatus::Confirmed:
        return Tr::tr("confirmed");
    case ClaimStatus::Contradicted:
        return Tr::tr("contradicted");
    case ClaimStatus::Superseded:
        return Tr::tr("superseded");
    case ClaimStatus::Dismissed:
        return Tr::tr("dismissed");
    }
    return QString();
}

QString syncStatus(SyncStatus status)
{
    switch (status) {
    case SyncStatus::New:
        return Tr::tr("Not synced yet");
    case SyncStatus::Updated:
        return Tr::tr("Updated");
    case SyncStatus::NotModified:
    case SyncStatus::Unchanged:
        return Tr::tr("Up to date");
    case SyncStatus::Deferred:
        return Tr::tr("Deferred");
    case SyncStatus::Error:
        return Tr::tr("Failed");
    }
    return QString();
}

QString feedErrorKind(const QString &kindName)
{
    // Said as what went wrong, so the user knows whether to wait (network), tell the site (HTTP,
    // an unreadable feed) or look at the disk (storage).
    if (kindName == QLatin1String("network"))
        return Tr::tr("cannot reach the site");
    if (kindName == QLatin1String("http"))
        return Tr::tr("the site answered an error");
    if (kindName == QLatin1String("parse"))
        return Tr::tr("not a feed Cliffhanger can read");
    if (kindName == QLatin1String("storage"))
        return Tr::tr("could not save");
    return QString();
}

QString feedFailure(const QString &kindName)
{
    const QString kind = feedErrorKind(kindName);
    return kind.isEmpty() ? syncStatus(SyncStatus::Error) : Tr::tr("Failed: %1").arg(kind);
}

QString feedFormat(const QString &name)
{
    // The formats' own names are not translated; the project's words are.
    if (name == QLatin1String("rss"))
        return QStringLiteral("RSS");
    if (name == QLatin1String("rdf"))
        return QStringLiteral("RDF");
    if (name == QLatin1String("atom"))
        return QStringLiteral("Atom");
    if (name == QLatin1String("json_feed"))
        return QStringLiteral("JSON Feed");
    if (name == QLatin1String("season_feed"))
        return Tr::tr("season feed");
    if (name == QLatin1String("tvmaze"))
        return Tr::tr("TVmaze show");
    if (name == QLatin1String("tvmaze_seasons"))
        return Tr::tr("TVmaze seasons");
    return name;
}

QString initials(const QString &name)
{
    // Capitalised words first ("All of Us Are Dead" gives "AU", not "AO"); scripts without case
    // (Hangul) and names in lower case give their first letters.
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString out;
    for (const bool capitalisedOnly : {true, false}) {
        out.clear();
        for (const QString &w : words) {
            const QChar first = w.at(0);
            if (!first.isLetterOrNumber() || (capitalisedOnly && first.isLower()))
                continue;
            out += first.toUpper();
            if (out.size() == 2)
                break;
        }
        if (!out.isEmpty())
            break;
    }
    return out.isEmpty() ? QStringLiteral("?") : out;
}

} // namespace DisplayLabels
