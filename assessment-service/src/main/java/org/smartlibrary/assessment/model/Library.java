package org.smartlibrary.assessment.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A library that records needs assessments. */
@Entity
@Table(name = "library")
public class Library {

    @Id
    public UUID id;

    public String name;

    public String consortium;

    public String region;

    public String city;

    public Double latitude;

    public Double longitude;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
