#include "domain/feederror.h"

QString FeedError::kindName() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Parse:
        return QStringLiteral("parse");
    case Kind::Storage:
        return QStringLiteral("storage");
    }
    return QString();
}
