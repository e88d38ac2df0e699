/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A disk image in a datastore: the base of VM disks, copied, broadcast or used as a copy-on-write backing file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.Image#getFormat <em>Format</em>}</li>
 *   <li>{@link org.orrery.model.Image#getKind <em>Kind</em>}</li>
 *   <li>{@link org.orrery.model.Image#getSizeMB <em>Size MB</em>}</li>
 *   <li>{@link org.orrery.model.Image#getCompressedSizeMB <em>Compressed Size MB</em>}</li>
 *   <li>{@link org.orrery.model.Image#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.orrery.model.Image#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link org.orrery.model.Image#getBacking <em>Backing</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getImage()
 * @model
 * @generated
 */
public interface Image extends NamedElement {
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
	 * @see org.orrery.model.OrreryPackage#getImage_Format()
	 * @model default="qcow2"
	 * @generated
	 */
	DiskFormat getFormat();

	/**
	 * Sets the value of the '{@link org.orrery.model.Image#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.orrery.model.DiskFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(DiskFormat value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"vm"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.ImageKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the image boots a hardware VM or a container (boot times differ by minutes). Default vm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.orrery.model.ImageKind
	 * @see #setKind(ImageKind)
	 * @see org.orrery.model.OrreryPackage#getImage_Kind()
	 * @model default="vm"
	 * @generated
	 */
	ImageKind getKind();

	/**
	 * Sets the value of the '{@link org.orrery.model.Image#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.orrery.model.ImageKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ImageKind value);

	/**
	 * Returns the value of the '<em><b>Size MB</b></em>' attribute.
	 * The default value is <code>"5120.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Uncompressed size in MiB. Default 5120 (the source's 5 GB propagation example).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size MB</em>' attribute.
	 * @see #setSizeMB(double)
	 * @see org.orrery.model.OrreryPackage#getImage_SizeMB()
	 * @model default="5120.0"
	 * @generated
	 */
	double getSizeMB();

	/**
	 * Sets the value of the '{@link org.orrery.model.Image#getSizeMB <em>Size MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size MB</em>' attribute.
	 * @see #getSizeMB()
	 * @generated
	 */
	void setSizeMB(double value);

	/**
	 * Returns the value of the '<em><b>Compressed Size MB</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Compressed size in MiB, for propagation with decompression. Default 0 (not compressed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compressed Size MB</em>' attribute.
	 * @see #setCompressedSizeMB(double)
	 * @see org.orrery.model.OrreryPackage#getImage_CompressedSizeMB()
	 * @model default="0.0"
	 * @generated
	 */
	double getCompressedSizeMB();

	/**
	 * Sets the value of the '{@link org.orrery.model.Image#getCompressedSizeMB <em>Compressed Size MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compressed Size MB</em>' attribute.
	 * @see #getCompressedSizeMB()
	 * @generated
	 */
	void setCompressedSizeMB(double value);

	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * The default value is <code>"x86_64"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.Architecture}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Instruction set of the guest. Default x86_64.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see org.orrery.model.Architecture
	 * @see #setArchitecture(Architecture)
	 * @see org.orrery.model.OrreryPackage#getImage_Architecture()
	 * @model default="x86_64"
	 * @generated
	 */
	Architecture getArchitecture();

	/**
	 * Sets the value of the '{@link org.orrery.model.Image#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see org.orrery.model.Architecture
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(Architecture value);

	/**
	 * Returns the value of the '<em><b>Operating System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guest operating system, for example CentOS 5.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operating System</em>' attribute.
	 * @see #setOperatingSystem(String)
	 * @see org.orrery.model.OrreryPackage#getImage_OperatingSystem()
	 * @model
	 * @generated
	 */
	String getOperatingSystem();

	/**
	 * Sets the value of the '{@link org.orrery.model.Image#getOperatingSystem <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operating System</em>' attribute.
	 * @see #getOperatingSystem()
	 * @generated
	 */
	void setOperatingSystem(String value);

	/**
	 * Returns the value of the '<em><b>Backing</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Image this one is a copy-on-write layer over, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backing</em>' reference.
	 * @see #setBacking(Image)
	 * @see org.orrery.model.OrreryPackage#getImage_Backing()
	 * @model
	 * @generated
	 */
	Image getBacking();

	/**
	 * Sets the value of the '{@link org.orrery.model.Image#getBacking <em>Backing</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backing</em>' reference.
	 * @see #getBacking()
	 * @generated
	 */
	void setBacking(Image value);

} // Image
