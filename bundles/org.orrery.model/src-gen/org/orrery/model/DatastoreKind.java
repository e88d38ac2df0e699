/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Datastore Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of storage.
 * <!-- end-model-doc -->
 * @see org.orrery.model.OrreryPackage#getDatastoreKind()
 * @model
 * @generated
 */
public enum DatastoreKind implements Enumerator {
	/**
	 * The '<em><b>Local</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL(0, "local", "local"),

	/**
	 * The '<em><b>Nfs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NFS_VALUE
	 * @generated
	 * @ordered
	 */
	NFS(1, "nfs", "nfs"),

	/**
	 * The '<em><b>Iscsi</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISCSI_VALUE
	 * @generated
	 * @ordered
	 */
	ISCSI(2, "iscsi", "iscsi"),

	/**
	 * The '<em><b>San</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAN_VALUE
	 * @generated
	 * @ordered
	 */
	SAN(3, "san", "san"),

	/**
	 * The '<em><b>Image Repository</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMAGE_REPOSITORY_VALUE
	 * @generated
	 * @ordered
	 */
	IMAGE_REPOSITORY(4, "imageRepository", "imageRepository"),

	/**
	 * The '<em><b>Object Store</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBJECT_STORE_VALUE
	 * @generated
	 * @ordered
	 */
	OBJECT_STORE(5, "objectStore", "objectStore");

	/**
	 * The '<em><b>Local</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL
	 * @model name="local"
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_VALUE = 0;

	/**
	 * The '<em><b>Nfs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NFS
	 * @model name="nfs"
	 * @generated
	 * @ordered
	 */
	public static final int NFS_VALUE = 1;

	/**
	 * The '<em><b>Iscsi</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISCSI
	 * @model name="iscsi"
	 * @generated
	 * @ordered
	 */
	public static final int ISCSI_VALUE = 2;

	/**
	 * The '<em><b>San</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAN
	 * @model name="san"
	 * @generated
	 * @ordered
	 */
	public static final int SAN_VALUE = 3;

	/**
	 * The '<em><b>Image Repository</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMAGE_REPOSITORY
	 * @model name="imageRepository"
	 * @generated
	 * @ordered
	 */
	public static final int IMAGE_REPOSITORY_VALUE = 4;

	/**
	 * The '<em><b>Object Store</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBJECT_STORE
	 * @model name="objectStore"
	 * @generated
	 * @ordered
	 */
	public static final int OBJECT_STORE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Datastore Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DatastoreKind[] VALUES_ARRAY =
		new DatastoreKind[] {
			LOCAL,
			NFS,
			ISCSI,
			SAN,
			IMAGE_REPOSITORY,
			OBJECT_STORE,
		};

	/**
	 * A public read-only list of all the '<em><b>Datastore Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DatastoreKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Datastore Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DatastoreKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DatastoreKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Datastore Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DatastoreKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DatastoreKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Datastore Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DatastoreKind get(int value) {
		switch (value) {
			case LOCAL_VALUE: return LOCAL;
			case NFS_VALUE: return NFS;
			case ISCSI_VALUE: return ISCSI;
			case SAN_VALUE: return SAN;
			case IMAGE_REPOSITORY_VALUE: return IMAGE_REPOSITORY;
			case OBJECT_STORE_VALUE: return OBJECT_STORE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DatastoreKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DatastoreKind
