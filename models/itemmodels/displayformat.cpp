// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/displayformat.h"

#include "models/itemmodels/itemmodelstr.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels::DisplayFormat {

QString localDateTime(qint64 msecsSinceEpoch)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).toLocalTime();
    return QLocale().toString(time, QLocale::ShortFormat);
}

QString utcDateTime(qint64 msecsSinceEpoch)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::utc());
    return time.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u" UTC"_s;
}

QString duration(qint64 msecs)
{
    const QLocale locale;
    if (msecs < 0)
        msecs = 0;
    if (msecs < 1000) {
        //: A duration in milliseconds
        return Tr::tr("%1 ms").arg(locale.toString(msecs));
    }
    if (msecs < 60'000) {
        //: A duration in seconds, e.g. "12.5 s"
        return Tr::tr("%1 s").arg(locale.toString(double(msecs) / 1000.0, 'f', 1));
    }
    const qint64 seconds = msecs / 1000;
    if (seconds < 3600) {
        //: A duration: minutes and seconds
        return Tr::tr("%1 min %2 s")
            .arg(locale.toString(seconds / 60), locale.toString(seconds % 60));
    }
    const qint64 minutes = seconds / 60;
    if (minutes < 24 * 60) {
        //: A duration: hours and minutes
        return Tr::tr("%1 h %2 min")
            .arg(locale.toString(minutes / 60), locale.toString(minutes % 60));
    }
    const qint64 hours = minutes / 60;
    //: A duration: days and hours
    return Tr::tr("%1 d %2 h").arg(locale.toString(hours / 24), locale.toString(hours % 24));
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

// English needs no translation file: the singular has its own string, and the numerus string
// gives translators the count for their language's plural rules (e.g. French "0 run").
QString runCount(qint64 runs)
{
    if (runs == 1)
        //: A count of runs, singular
        return Tr::tr("1 run");
    //: A count of runs, plural (numerus form)
    return Tr::tr("%Ln runs", nullptr, int(qMin<qint64>(runs, INT_MAX)));
}

QString experimentCount(qint64 experiments)
{
    if (experiments == 1)
        //: A count of experiments, singular
        return Tr::tr("1 experiment");
    //: A count of experiments, plural (numerus form)
    return Tr::tr("%Ln experiments", nullptr, int(qMin<qint64>(experiments, INT_MAX)));
}

QString metricValue(double value)
{
    if (std::isnan(value))
        return u"NaN"_s;
    if (std::isinf(value))
        return value > 0 ? u"∞"_s : u"−∞"_s;
    // 'g' with 17 digits would show binary noise (0.1 → 0.10000000000000001); the shortest form
    // that reads back to the same double is what users logged.
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString runStatus(Store::RunStatus status)
{
    switch (status) {
    case Store::RunStatus::Running:
        //: Run status
        return Tr::tr("Running");
    case Store::RunStatus::Scheduled:
        //: Run status
        return Tr::tr("Scheduled");
    case Store::RunStatus::Finished:
        //: Run status
        return Tr::tr("Finished");
    case Store::RunStatus::Failed:
        //: Run status
        return Tr::tr("Failed");
    case Store::RunStatus::Killed:
        //: Run status
        return Tr::tr("Killed");
    }
    return {};
}

} // namespace Flowdesk::ItemModels::DisplayFormat
