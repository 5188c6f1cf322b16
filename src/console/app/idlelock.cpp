#include "app/idlelock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kKey = u"security/lockAfterMinutes"_s;
} // namespace

IdleLock::IdleLock(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
    restart();
}

IdleLock::~IdleLock()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

int IdleLock::configuredMinutes()
{
    return QSettings().value(kKey, kDefaultMinutes).toInt();
}

void IdleLock::setConfiguredMinutes(int minutes)
{
    QSettings().setValue(kKey, std::max(0, minutes));
}

void IdleLock::restart(int ms)
{
    const int interval = ms >= 0 ? ms : configuredMinutes() * 60 * 1000;
    if (interval <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(interval);
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_timer.isActive())
            m_timer.start(); // the same interval, from now
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
