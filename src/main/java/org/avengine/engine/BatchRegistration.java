package org.avengine.engine;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers every member of a batch in one transaction: one bad member refuses the whole batch. */
@Service
class BatchRegistration {

    private final AssetRegistration registration;
    private final Batches batches;

    BatchRegistration(AssetRegistration registration, Batches batches) {
        this.registration = registration;
        this.batches = batches;
    }

    @Transactional
    Result register(int customer, List<AssetBody> members) {
        if (members == null || members.isEmpty()) {
            throw new InvalidRequestException("member: a batch needs at least one asset");
        }
        int batch = batches.create(customer, members.size());
        List<AssetRegistration.Registered> registered = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            AssetBody member = members.get(i);
            if (member.space() == null) {
                throw new InvalidRequestException("member[" + i + "].space: each member names its space");
            }
            try {
                registered.add(registration.register(new AssetId(customer, member.space(), member.id()), member, batch));
            } catch (EngineException e) {
                throw new InvalidRequestException("member[" + i + "]: " + e.getMessage());
            }
        }
        return new Result(batch, registered);
    }

    /** The batch's id and what each member's registration did. */
    record Result(int batch, List<AssetRegistration.Registered> registered) {
    }
}
