#pragma once

#include <QString>

// A typed failure that users see: where it went wrong decides what they can do about it.
struct FeedError {
    enum class Kind { None, Network, Http, Parse, Storage };
    Kind kind = Kind::None;
    QString message; // translated, human-readable; names the field/position for parse errors

    static FeedError network(const QString &m) { return {Kind::Network, m}; }
    static FeedError http(const QString &m) { return {Kind::Http, m}; }
    static FeedError parse(const QString &m) { return {Kind::Parse, m}; }
    static FeedError storage(const QString &m) { return {Kind::Storage, m}; }
    bool isError() const { return kind != Kind::None; }
    QString kindName() const;
};
