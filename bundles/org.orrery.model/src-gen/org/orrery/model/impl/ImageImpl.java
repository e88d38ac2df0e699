/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.orrery.model.Architecture;
import org.orrery.model.DiskFormat;
import org.orrery.model.Image;
import org.orrery.model.ImageKind;
import org.orrery.model.OrreryPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Image</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.ImageImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.orrery.model.impl.ImageImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.orrery.model.impl.ImageImpl#getSizeMB <em>Size MB</em>}</li>
 *   <li>{@link org.orrery.model.impl.ImageImpl#getCompressedSizeMB <em>Compressed Size MB</em>}</li>
 *   <li>{@link org.orrery.model.impl.ImageImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.orrery.model.impl.ImageImpl#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link org.orrery.model.impl.ImageImpl#getBacking <em>Backing</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImageImpl extends NamedElementImpl implements Image {
	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final DiskFormat FORMAT_EDEFAULT = DiskFormat.QCOW2;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected DiskFormat format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ImageKind KIND_EDEFAULT = ImageKind.VM;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ImageKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSizeMB() <em>Size MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeMB()
	 * @generated
	 * @ordered
	 */
	protected static final double SIZE_MB_EDEFAULT = 5120.0;

	/**
	 * The cached value of the '{@link #getSizeMB() <em>Size MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeMB()
	 * @generated
	 * @ordered
	 */
	protected double sizeMB = SIZE_MB_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompressedSizeMB() <em>Compressed Size MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompressedSizeMB()
	 * @generated
	 * @ordered
	 */
	protected static final double COMPRESSED_SIZE_MB_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCompressedSizeMB() <em>Compressed Size MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompressedSizeMB()
	 * @generated
	 * @ordered
	 */
	protected double compressedSizeMB = COMPRESSED_SIZE_MB_EDEFAULT;

	/**
	 * The default value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected static final Architecture ARCHITECTURE_EDEFAULT = Architecture.X86_64;

	/**
	 * The cached value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected Architecture architecture = ARCHITECTURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperatingSystem() <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatingSystem()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATING_SYSTEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperatingSystem() <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatingSystem()
	 * @generated
	 * @ordered
	 */
	protected String operatingSystem = OPERATING_SYSTEM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBacking() <em>Backing</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBacking()
	 * @generated
	 * @ordered
	 */
	protected Image backing;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.IMAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiskFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(DiskFormat newFormat) {
		DiskFormat oldFormat = format;
		format = newFormat == null ? FORMAT_EDEFAULT : newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.IMAGE__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ImageKind newKind) {
		ImageKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.IMAGE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSizeMB() {
		return sizeMB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSizeMB(double newSizeMB) {
		double oldSizeMB = sizeMB;
		sizeMB = newSizeMB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.IMAGE__SIZE_MB, oldSizeMB, sizeMB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCompressedSizeMB() {
		return compressedSizeMB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompressedSizeMB(double newCompressedSizeMB) {
		double oldCompressedSizeMB = compressedSizeMB;
		compressedSizeMB = newCompressedSizeMB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.IMAGE__COMPRESSED_SIZE_MB, oldCompressedSizeMB, compressedSizeMB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Architecture getArchitecture() {
		return architecture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchitecture(Architecture newArchitecture) {
		Architecture oldArchitecture = architecture;
		architecture = newArchitecture == null ? ARCHITECTURE_EDEFAULT : newArchitecture;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.IMAGE__ARCHITECTURE, oldArchitecture, architecture));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperatingSystem() {
		return operatingSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperatingSystem(String newOperatingSystem) {
		String oldOperatingSystem = operatingSystem;
		operatingSystem = newOperatingSystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.IMAGE__OPERATING_SYSTEM, oldOperatingSystem, operatingSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Image getBacking() {
		if (backing != null && backing.eIsProxy()) {
			InternalEObject oldBacking = (InternalEObject)backing;
			backing = (Image)eResolveProxy(oldBacking);
			if (backing != oldBacking) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.IMAGE__BACKING, oldBacking, backing));
			}
		}
		return backing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Image basicGetBacking() {
		return backing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBacking(Image newBacking) {
		Image oldBacking = backing;
		backing = newBacking;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.IMAGE__BACKING, oldBacking, backing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.IMAGE__FORMAT:
				return getFormat();
			case OrreryPackage.IMAGE__KIND:
				return getKind();
			case OrreryPackage.IMAGE__SIZE_MB:
				return getSizeMB();
			case OrreryPackage.IMAGE__COMPRESSED_SIZE_MB:
				return getCompressedSizeMB();
			case OrreryPackage.IMAGE__ARCHITECTURE:
				return getArchitecture();
			case OrreryPackage.IMAGE__OPERATING_SYSTEM:
				return getOperatingSystem();
			case OrreryPackage.IMAGE__BACKING:
				if (resolve) return getBacking();
				return basicGetBacking();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrreryPackage.IMAGE__FORMAT:
				setFormat((DiskFormat)newValue);
				return;
			case OrreryPackage.IMAGE__KIND:
				setKind((ImageKind)newValue);
				return;
			case OrreryPackage.IMAGE__SIZE_MB:
				setSizeMB((Double)newValue);
				return;
			case OrreryPackage.IMAGE__COMPRESSED_SIZE_MB:
				setCompressedSizeMB((Double)newValue);
				return;
			case OrreryPackage.IMAGE__ARCHITECTURE:
				setArchitecture((Architecture)newValue);
				return;
			case OrreryPackage.IMAGE__OPERATING_SYSTEM:
				setOperatingSystem((String)newValue);
				return;
			case OrreryPackage.IMAGE__BACKING:
				setBacking((Image)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OrreryPackage.IMAGE__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case OrreryPackage.IMAGE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case OrreryPackage.IMAGE__SIZE_MB:
				setSizeMB(SIZE_MB_EDEFAULT);
				return;
			case OrreryPackage.IMAGE__COMPRESSED_SIZE_MB:
				setCompressedSizeMB(COMPRESSED_SIZE_MB_EDEFAULT);
				return;
			case OrreryPackage.IMAGE__ARCHITECTURE:
				setArchitecture(ARCHITECTURE_EDEFAULT);
				return;
			case OrreryPackage.IMAGE__OPERATING_SYSTEM:
				setOperatingSystem(OPERATING_SYSTEM_EDEFAULT);
				return;
			case OrreryPackage.IMAGE__BACKING:
				setBacking((Image)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OrreryPackage.IMAGE__FORMAT:
				return format != FORMAT_EDEFAULT;
			case OrreryPackage.IMAGE__KIND:
				return kind != KIND_EDEFAULT;
			case OrreryPackage.IMAGE__SIZE_MB:
				return sizeMB != SIZE_MB_EDEFAULT;
			case OrreryPackage.IMAGE__COMPRESSED_SIZE_MB:
				return compressedSizeMB != COMPRESSED_SIZE_MB_EDEFAULT;
			case OrreryPackage.IMAGE__ARCHITECTURE:
				return architecture != ARCHITECTURE_EDEFAULT;
			case OrreryPackage.IMAGE__OPERATING_SYSTEM:
				return OPERATING_SYSTEM_EDEFAULT == null ? operatingSystem != null : !OPERATING_SYSTEM_EDEFAULT.equals(operatingSystem);
			case OrreryPackage.IMAGE__BACKING:
				return backing != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (format: ");
		result.append(format);
		result.append(", kind: ");
		result.append(kind);
		result.append(", sizeMB: ");
		result.append(sizeMB);
		result.append(", compressedSizeMB: ");
		result.append(compressedSizeMB);
		result.append(", architecture: ");
		result.append(architecture);
		result.append(", operatingSystem: ");
		result.append(operatingSystem);
		result.append(')');
		return result.toString();
	}

} //ImageImpl
