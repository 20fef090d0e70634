package fr.portailfamilles.household.web;

import fr.portailfamilles.household.boundary.ChangeRequests;
import fr.portailfamilles.household.entity.ChangeRequest;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.web.Caller;
import fr.portailfamilles.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Staff: the parents' pending corrections, accepted or refused (with a reason) in one click. */
@Named
@ViewScoped
public class ChangeRequestQueueView implements Serializable {

    @Inject
    ChangeRequests changeRequests;

    private final Map<Long, String> reasons = new HashMap<>();
    private transient List<ChangeRequest> pending;

    public List<ChangeRequest> getPending() {
        if (pending == null) {
            pending = changeRequests.pending();
        }
        return pending;
    }

    public void accept(ChangeRequest request) {
        answer(() -> changeRequests.accept(request.getId(), Caller.name()), "changes.accepted", request);
    }

    public void refuse(ChangeRequest request) {
        answer(() -> changeRequests.refuse(request.getId(), Caller.name(), reasons.get(request.getId())), "changes.refused", request);
    }

    private void answer(Runnable action, String key, ChangeRequest request) {
        try {
            action.run();
            Messages.info(null, key, request.getHousehold().getName());
            reasons.remove(request.getId());
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
        }
        pending = null;
    }


    public Map<Long, String> getReasons() {
        return reasons;
    }
}
