/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Disk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A virtual disk: a file or volume, optionally a copy-on-write overlay over a backing image or disk.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.Disk#getFormat <em>Format</em>}</li>
 *   <li>{@link org.orrery.model.Disk#getSizeGB <em>Size GB</em>}</li>
 *   <li>{@link org.orrery.model.Disk#getDatastore <em>Datastore</em>}</li>
 *   <li>{@link org.orrery.model.Disk#getBackingImage <em>Backing Image</em>}</li>
 *   <li>{@link org.orrery.model.Disk#getBackingDisk <em>Backing Disk</em>}</li>
 *   <li>{@link org.orrery.model.Disk#isReadOnly <em>Read Only</em>}</li>
 *   <li>{@link org.orrery.model.Disk#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getDisk()
 * @model
 * @generated
 */
public interface Disk extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The default value is <code>"qcow2"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.DiskFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * On-disk format. Default qcow2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.orrery.model.DiskFormat
	 * @see #setFormat(DiskFormat)
	 * @see org.orrery.model.OrreryPackage#getDisk_Format()
	 * @model default="qcow2"
	 * @generated
	 */
	DiskFormat getFormat();

	/**
	 * Sets the value of the '{@link org.orrery.model.Disk#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.orrery.model.DiskFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(DiskFormat value);

	/**
	 * Returns the value of the '<em><b>Size GB</b></em>' attribute.
	 * The default value is <code>"4.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual size in GiB. Default 4 (the substrate evaluation's root disk).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size GB</em>' attribute.
	 * @see #setSizeGB(double)
	 * @see org.orrery.model.OrreryPackage#getDisk_SizeGB()
	 * @model default="4.0"
	 * @generated
	 */
	double getSizeGB();

	/**
	 * Sets the value of the '{@link org.orrery.model.Disk#getSizeGB <em>Size GB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size GB</em>' attribute.
	 * @see #getSizeGB()
	 * @generated
	 */
	void setSizeGB(double value);

	/**
	 * Returns the value of the '<em><b>Datastore</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the disk file lives.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Datastore</em>' reference.
	 * @see #setDatastore(Datastore)
	 * @see org.orrery.model.OrreryPackage#getDisk_Datastore()
	 * @model
	 * @generated
	 */
	Datastore getDatastore();

	/**
	 * Sets the value of the '{@link org.orrery.model.Disk#getDatastore <em>Datastore</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Datastore</em>' reference.
	 * @see #getDatastore()
	 * @generated
	 */
	void setDatastore(Datastore value);

	/**
	 * Returns the value of the '<em><b>Backing Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Read-only image this disk is a copy-on-write overlay of, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backing Image</em>' reference.
	 * @see #setBackingImage(Image)
	 * @see org.orrery.model.OrreryPackage#getDisk_BackingImage()
	 * @model
	 * @generated
	 */
	Image getBackingImage();

	/**
	 * Sets the value of the '{@link org.orrery.model.Disk#getBackingImage <em>Backing Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backing Image</em>' reference.
	 * @see #getBackingImage()
	 * @generated
	 */
	void setBackingImage(Image value);

	/**
	 * Returns the value of the '<em><b>Backing Disk</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disk this disk is a delta of (malleability delta chains), if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backing Disk</em>' reference.
	 * @see #setBackingDisk(Disk)
	 * @see org.orrery.model.OrreryPackage#getDisk_BackingDisk()
	 * @model
	 * @generated
	 */
	Disk getBackingDisk();

	/**
	 * Sets the value of the '{@link org.orrery.model.Disk#getBackingDisk <em>Backing Disk</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backing Disk</em>' reference.
	 * @see #getBackingDisk()
	 * @generated
	 */
	void setBackingDisk(Disk value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the disk is attached read-only. Default false.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(boolean)
	 * @see org.orrery.model.OrreryPackage#getDisk_ReadOnly()
	 * @model default="false"
	 * @generated
	 */
	boolean isReadOnly();

	/**
	 * Sets the value of the '{@link org.orrery.model.Disk#isReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #isReadOnly()
	 * @generated
	 */
	void setReadOnly(boolean value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guest device name, for example vda.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.orrery.model.OrreryPackage#getDisk_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.orrery.model.Disk#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

} // Disk
