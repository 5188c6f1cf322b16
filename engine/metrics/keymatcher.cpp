#include "metrics/keymatcher.h"

QString KeyMatcher::normalised(const QString &key)
{
    return key.simplified().toCaseFolded();
}

void KeyMatcher::add(const QString &key, const QString &id)
{
    const QString k = normalised(key);
    if (k.isEmpty())
        return;
    QStringList &ids = m_ids[k];
    if (!ids.contains(id))
        ids << id;
}

KeyMatcher::Match KeyMatcher::find(const QString &key) const
{
    const QStringList ids = m_ids.value(normalised(key));
    if (ids.size() == 1)
        return {ids.first(), {}};
    return {QString(), ids};
}
