#pragma once

#include <QByteArray>
#include <QList>

// What the start of an XML document says about itself, read without an XML parser: format
// detection and encoding choice must happen before the document can be parsed, and this only
// walks the prolog (declaration, comments, DOCTYPE) and the root start tag. Works on any
// ASCII-compatible encoding.
struct XmlProlog {
    bool hasRoot = false;            // a root start tag was found
    qsizetype declarationBegin = -1; // byte range of "<?xml ...?>", -1 when absent
    qsizetype declarationEnd = -1;
    QByteArray declaredEncoding; // as written in the declaration
    bool hasDoctype = false;
    bool declaresEntities = false; // the DOCTYPE's internal subset has <!ENTITY ...>
    QByteArray rootLocalName;
    QByteArray rootNamespace;         // URI bound to the root's prefix (or the default namespace)
    QList<QByteArray> rootNamespaces; // every namespace URI declared on the root
};

XmlProlog scanXmlProlog(const char *data, qsizetype size);
