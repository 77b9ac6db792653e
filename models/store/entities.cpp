// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/entities.h"

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Store {

QString lifecycleStageName(LifecycleStage stage)
{
    return stage == LifecycleStage::Active ? u"active"_s : u"deleted"_s;
}

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return u"RUNNING"_s;
    case RunStatus::Scheduled:
        return u"SCHEDULED"_s;
    case RunStatus::Finished:
        return u"FINISHED"_s;
    case RunStatus::Failed:
        return u"FAILED"_s;
    case RunStatus::Killed:
        return u"KILLED"_s;
    }
    return u"RUNNING"_s;
}

std::optional<RunStatus> runStatusFromName(const QString &name)
{
    for (RunStatus status : {RunStatus::Running,
                             RunStatus::Scheduled,
                             RunStatus::Finished,
                             RunStatus::Failed,
                             RunStatus::Killed}) {
        if (runStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QString stageName(ModelVersionStage stage)
{
    switch (stage) {
    case ModelVersionStage::None:
        return u"None"_s;
    case ModelVersionStage::Staging:
        return u"Staging"_s;
    case ModelVersionStage::Production:
        return u"Production"_s;
    case ModelVersionStage::Archived:
        return u"Archived"_s;
    }
    return u"None"_s;
}

std::optional<ModelVersionStage> stageFromName(const QString &name)
{
    for (ModelVersionStage stage : {ModelVersionStage::None,
                                    ModelVersionStage::Staging,
                                    ModelVersionStage::Production,
                                    ModelVersionStage::Archived}) {
        if (stageName(stage).compare(name, Qt::CaseInsensitive) == 0)
            return stage;
    }
    return std::nullopt;
}

QString modelVersionStatusName(ModelVersionStatus status)
{
    switch (status) {
    case ModelVersionStatus::PendingRegistration:
        return u"PENDING_REGISTRATION"_s;
    case ModelVersionStatus::FailedRegistration:
        return u"FAILED_REGISTRATION"_s;
    case ModelVersionStatus::Ready:
        return u"READY"_s;
    }
    return u"READY"_s;
}

} // namespace Flowdesk::Store
