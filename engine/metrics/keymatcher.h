#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Finds the TeamTime record a CSV cell names (a person by name, email or POS id; a location by name or id), without
// guessing: keys are compared trimmed, without case and with inner spaces collapsed, and a key that names two
// records is ambiguous, not the first of them.
class KeyMatcher
{
public:
    struct Match
    {
        QString id;          // set when exactly one record has the key
        QStringList choices; // set when several do
        bool found() const { return !id.isEmpty(); }
        bool ambiguous() const { return choices.size() > 1; }
    };

    static QString normalised(const QString &key);

    void add(const QString &key, const QString &id);
    Match find(const QString &key) const;
    bool isEmpty() const { return m_ids.isEmpty(); }

private:
    QHash<QString, QStringList> m_ids;
};
